package io.meterhub.cabinet;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.readings.NewReading;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;
import io.meterhub.testkit.TestServices;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh database per test class and the few things every cabinet test sets up. */
public final class Fixture implements AutoCloseable {
    public static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Database database;
    public final DataSource dataSource;
    public final AccountRepository accounts;
    public final UserService users;

    public record Person(long userId, long customerId, Viewer viewer) {
    }

    private Fixture(Database database) {
        this.database = database;
        this.dataSource = database.dataSource();
        this.accounts = new JdbcAccountRepository(dataSource);
        this.users = Services.of(dataSource, Clock.systemUTC()).users();
    }

    public static Fixture open(String purpose) {
        return new Fixture(Database.open(StorageConfig.of(TestServices.freshDatabase(purpose))));
    }

    /** The same helpers over a database another fixture opened (the API's tests seed the cabinet's data through it); closing it closes the database. */
    public static Fixture over(Database database) {
        return new Fixture(database);
    }

    public static Clock clockAt(String localDateTime, ZoneId zone) {
        return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
    }

    public String organization(String id, ZoneId zone, int firstDay, int lastDay) {
        accounts.saveOrganization(new OrganizationRow(id, "Org " + id, "GRID_COMPANY", zone, TariffZoneSchedule.THREE_ZONES, "АО " + id,
                "6311000000", "631101001", "Bank", "043601607", "30101810200000000607", "40702810000000000001", "+7 846 000-00-00",
                firstDay, lastDay));
        return id;
    }

    public Person customer(String login) {
        long userId = users.create(new NewUser(login, login + "-secret", Role.CUSTOMER, login, "ru", null));
        // a phone of their own (ending as the masks in tests expect, "-67"): a phone gets at most a few one-time codes an hour
        long n = SEQUENCE.incrementAndGet();
        String phone = String.format("+7 912 %03d-%02d-67", n / 100 % 1000, n % 100);
        long customerId = accounts.createCustomer(userId, "INDIVIDUAL", "Иванов Иван Иванович", "112-233-445 95", null, phone, null);
        return new Person(userId, customerId, Viewer.customer(userId));
    }

    public Viewer staff(String login, Role role, String organizationId) {
        long userId = users.create(new NewUser(login, login + "-secret", role, login, "ru", organizationId));
        return new Viewer(userId, role, organizationId);
    }

    /** A customer with an account at the organization. */
    public record Holder(Person person, long accountId) {
    }

    /** {@code count} customers ({@code loginPrefix}0, 1, ...), each with an account at the organization: a crowd pressing at once. */
    public List<Holder> holders(String loginPrefix, int count, String organizationId) {
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person person = customer(loginPrefix + i);
            holders.add(new Holder(person, account(person, organizationId)));
        }
        return holders;
    }

    public long account(Person holder, String organizationId) {
        return accounts.createAccount("LS-" + SEQUENCE.incrementAndGet(), organizationId, holder.customerId(), "Самара, ул. Ленина, 1",
                LocalDate.of(2020, 1, 1));
    }

    public long meter(long accountId, String service, int zones, int digits, int decimals, String telemetryMeterId) {
        return accounts.createMeter(accountId, service, "SN-" + SEQUENCE.incrementAndGet(), "Меркурий 201", zones, digits, decimals,
                telemetryMeterId, LocalDate.of(2020, 1, 1));
    }

    public void accepted(long meterId, int zone, String value, LocalDate takenOn) {
        new JdbcManualReadingRepository(dataSource).insertAll(List.of(new NewReading(meterId, zone, new BigDecimal(value), takenOn, Instant.now(),
                1L, "ACCEPTED", null, false)), false);
    }

    /** Registers a telemetry meter (1.8.0 hours zoned by the three-zone schedule unless it has tariff registers). */
    public void telemetryMeter(String organizationId, String meterId, int tariffRegisters) throws SQLException {
        MeterRegistry registry = new MeterRegistry(dataSource);
        registry.saveController("CTL-" + meterId, organizationId, "MQTT", "test");
        registry.saveMeters(List.of(new MeterRegistration(new MeterInfo(meterId, organizationId, SAMARA, TariffZoneSchedule.threeZoneDefault(),
                6, tariffRegisters, 900), "CTL-" + meterId, "SDM630", meterId)));
    }

    /** Writes kwh for every hour of [from, to) (local Samara times) on 1.8.0, zoned by the three-zone schedule. */
    public void hours(String meterId, ZonedDateTime from, ZonedDateTime to, double kwh) throws SQLException {
        TariffZoneSchedule schedule = TariffZoneSchedule.threeZoneDefault();
        List<HourlyConsumption> rows = new ArrayList<>();
        for (ZonedDateTime hour = from; hour.isBefore(to); hour = hour.plusHours(1)) {
            rows.add(new HourlyConsumption(meterId, "1.8.0", hour.toInstant().toEpochMilli(), kwh,
                    schedule.zoneAt(hour.withZoneSameInstant(SAMARA).getHour()), true));
        }
        try (Connection connection = dataSource.getConnection()) {
            TelemetryWriter.upsertHourly(connection, rows);
        }
    }

    public void event(String meterId, Instant at, EventCode code) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            TelemetryWriter.writeEvents(connection, List.of(new MeterEvent(meterId, at.toEpochMilli(), code, "{}")));
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
