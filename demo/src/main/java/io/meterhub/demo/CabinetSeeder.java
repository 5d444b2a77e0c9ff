package io.meterhub.demo;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.billing.BillingRun;
import io.meterhub.cabinet.ledger.EntryRow;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.NewReading;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.tariffs.TariffService;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.tariffs.JdbcTariffRepository;
import io.meterhub.storage.cabinet.telemetry.JdbcTelemetryRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Fills a realistic demo: a grid company and a housing utility with requisites, tariffs for the last
 * 13 months with a price change on 1 July, customers of every kind with logins, accounts with both
 * organizations, smart meters (the given telemetry meters) and plain ones with a year of readings,
 * twelve monthly billing runs, payments leaving debts, and readings waiting for review.
 */
public final class CabinetSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(CabinetSeeder.class);
    public static final String HOUSING = "UK_UYUTNY_DOM";

    private final DataSource dataSource;
    private final Clock clock;
    private final AccountRepository accounts;
    private final UserService users;
    private final TariffService tariffs;
    private final ManualReadingRepository readings;
    private final AccessPolicy access;
    private final NotificationRepository contacts;
    private final StaffRepository staffRights;
    private final Random random = new Random(42);
    private int payments;

    public CabinetSeeder(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.accounts = new JdbcAccountRepository(dataSource);
        this.users = new UserService(new JdbcUserRepository(dataSource));
        this.readings = new JdbcManualReadingRepository(dataSource);
        this.access = new AccessPolicy(accounts, readings);
        this.tariffs = new TariffService(new JdbcTariffRepository(dataSource), access);
        this.contacts = new JdbcNotificationRepository(dataSource);
        this.staffRights = new JdbcStaffRepository(dataSource);
    }

    /**
     * @param gridOrganizationId the grid company; when telemetry already registered it (the demo's fleet), its calendar is kept
     * @param telemetryMeterIds  smart meters to put on customers' accounts (up to three are used; may be empty)
     */
    public SeedReport seed(String gridOrganizationId, List<String> telemetryMeterIds) {
        List<SeedReport.SeedLogin> logins = new ArrayList<>();
        if (users.findByLogin("ivanov").isPresent()) {
            LOG.info("cabinet demo data is there already");
            return new SeedReport(gridOrganizationId, HOUSING, logins);
        }
        Optional<OrganizationRow> existing = accounts.organization(gridOrganizationId);
        ZoneId zone = existing.map(OrganizationRow::timeZone).orElse(ZoneId.of("Europe/Samara"));
        accounts.saveOrganization(new OrganizationRow(gridOrganizationId, "Волжская сетевая компания", "GRID_COMPANY", zone,
                existing.map(OrganizationRow::zoneSchedule).orElse(TariffZoneSchedule.THREE_ZONES), "ПАО «Волжская сетевая компания»",
                "6316186232", "631601001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607", "40702810154400012345",
                "+7 846 300-00-00", 15, 25));
        accounts.saveOrganization(new OrganizationRow(HOUSING, "УК Уютный дом", "SERVICE_PROVIDER", zone, TariffZoneSchedule.SINGLE_ZONE,
                "ООО «УК Уютный дом»", "6319215470", "631901001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607",
                "40702810754400054321", "+7 846 222-33-44", 20, 26));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        seedTariffs(gridOrganizationId, today);
        DemoFeeRates.seed(dataSource, gridOrganizationId);

        logins.add(staff("operator", "operator123", Role.OPERATOR, "Оператор Волжской СК", gridOrganizationId));
        logins.add(staff("admin", "admin123", Role.ADMIN, "Администратор Волжской СК", gridOrganizationId));
        logins.add(staff("uk-operator", "operator123", Role.OPERATOR, "Оператор УК Уютный дом", HOUSING));
        // operators hold the modules of their daily work; properties and staff stay with the administrator
        long admin = users.findByLogin("admin").orElseThrow().id();
        staffRights.setModules(users.findByLogin("operator").orElseThrow().id(), List.of("APPEALS", "DATA_LOADING", "MANUAL_EDITING",
                "READINGS", "REGISTRY", "USERS"), admin);
        staffRights.setModules(users.findByLogin("uk-operator").orElseThrow().id(), List.of("DATA_LOADING", "READINGS", "REGISTRY", "USERS"),
                admin);
        // the grid company's operator is on duty: HIGH anomalies of the demo's fleet reach their bell
        contacts.setOnDuty(users.findByLogin("operator").orElseThrow().id(), true);

        String smart1 = telemetryMeterIds.size() > 0 ? telemetryMeterIds.get(0) : null;
        String smart2 = telemetryMeterIds.size() > 1 ? telemetryMeterIds.get(1) : null;
        String smart3 = telemetryMeterIds.size() > 2 ? telemetryMeterIds.get(2) : null;

        List<String> held = new ArrayList<>();
        long ivanov = customer("ivanov", "ivanov123", "INDIVIDUAL", "Иванов Иван Иванович", "112-233-445 95", null, "+7 927 123-45-67", logins, held);
        long a1 = account(held, "6300123456", gridOrganizationId, ivanov, "г. Самара, ул. Молодогвардейская, д. 151, кв. 42", today);
        meter(held, a1, "ELECTRICITY", "Меркурий 234", 3, 6, 1, smart1, today, "60", "90", "110");
        long a2 = account(held, "УД-000101", HOUSING, ivanov, "г. Самара, ул. Молодогвардейская, д. 151, кв. 42", today);
        meter(held, a2, "COLD_WATER", "Пульсар ХВС", 1, 5, 3, null, today, "4.5");
        meter(held, a2, "HOT_WATER", "Пульсар ГВС", 1, 5, 3, null, today, "2.8");
        accounts.addService(a2, "UPKEEP");
        accounts.addService(a2, "WASTE");

        held = new ArrayList<>();
        long petrova = customer("petrova", "petrova123", "INDIVIDUAL", "Петрова Анна Сергеевна", "123-456-789 64", null, "+7 917 765-43-21", logins, held);
        long b1 = account(held, "6300234567", gridOrganizationId, petrova, "г. Самара, ул. Ново-Садовая, д. 3, кв. 7", today);
        meter(held, b1, "ELECTRICITY", "Энергомера CE208", 2, 6, 1, smart2, today, "140", "70");
        long b2 = account(held, "УД-000102", HOUSING, petrova, "г. Самара, ул. Молодогвардейская, д. 151, кв. 43", today);
        meter(held, b2, "COLD_WATER", "Бетар СХВ", 1, 5, 3, null, today, "3.9");
        accounts.addService(b2, "UPKEEP");

        held = new ArrayList<>();
        long sidorov = customer("sidorov", "sidorov123", "SOLE_PROPRIETOR", "ИП Сидоров Пётр Алексеевич", null, "631234567890",
                "+7 937 555-12-34", logins, held);
        long c1 = account(held, "6300345678", gridOrganizationId, sidorov, "г. Самара, пр. Кирова, д. 24, пом. 2 (магазин)", today);
        meter(held, c1, "ELECTRICITY", "Меркурий 230", 3, 6, 1, smart3, today, "420", "610", "380");

        held = new ArrayList<>();
        long romashka = customer("romashka", "romashka123", "LEGAL_ENTITY", "ООО «Ромашка»", null, "6311012345", "+7 846 999-88-77", logins, held);
        long d1 = account(held, "6300456789", gridOrganizationId, romashka, "г. Самара, ул. Гагарина, д. 96, офис 1", today);
        long officeMeter = meter(held, d1, "ELECTRICITY", "Меркурий 234", 3, 7, 1, null, today, "900", "1300", "700");

        // a year of monthly billing; payments for all but the newest months leave debts
        YearMonth current = YearMonth.from(today);
        LedgerRepository entries = new JdbcLedgerRepository(dataSource);
        BillingRun billing = new BillingRun(accounts, readings, new JdbcTelemetryRepository(dataSource), entries, tariffs);
        LedgerService ledger = new LedgerService(access, accounts, entries);
        for (int back = 12; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            billing.run(gridOrganizationId, month);
            billing.run(HOUSING, month);
            for (EntryRow charge : entries.entriesBySource(BillingRun.source(month))) {
                boolean unpaid = back == 1 || (back == 2 && (charge.accountId() == a1 || charge.accountId() == d1));
                if (!unpaid && charge.amount().signum() > 0) {
                    BigDecimal amount = charge.accountId() == d1 && back == 3
                            ? charge.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : charge.amount();
                    ledger.postPayment(charge.accountId(), charge.serviceCode(), month, amount, "seed-payment:" + (++payments));
                }
            }
        }
        // two readings waiting for an operator: an office meter's jump and a water meter's
        BigDecimal last = readings.lastAccepted(officeMeter, 1).orElseThrow().value();
        List<NewReading> jump = new ArrayList<>();
        for (int z = 1; z <= 3; z++) {
            BigDecimal lastZ = readings.lastAccepted(officeMeter, z).orElseThrow().value();
            jump.add(new NewReading(officeMeter, z, z == 1 ? last.add(new BigDecimal("9500.0")) : lastZ.add(new BigDecimal("1200.0")), today,
                    clock.instant(), users.findByLogin("romashka").orElseThrow().id(), z == 1 ? "UNDER_REVIEW" : "ACCEPTED", z == 1 ? "JUMP" : null,
                    false));
        }
        readings.insertAll(jump, false);
        long water = accounts.metersOfAccount(b2).get(0).id();
        BigDecimal lastWater = readings.lastAccepted(water, 1).orElseThrow().value();
        readings.insertAll(List.of(new NewReading(water, 1, lastWater.add(new BigDecimal("95.000")), today, clock.instant(),
                users.findByLogin("petrova").orElseThrow().id(), "UNDER_REVIEW", "JUMP", false)), false);
        LOG.info("cabinet demo seeded: {} logins, {} payments", logins.size(), payments);
        return new SeedReport(gridOrganizationId, HOUSING, logins);
    }

    private void seedTariffs(String grid, LocalDate today) {
        LocalDate start = YearMonth.from(today).minusMonths(13).atDay(1);
        LocalDate july = LocalDate.of(today.getYear(), 7, 1);
        if (july.isAfter(today)) {
            july = july.minusYears(1);
        }
        price(grid, "ELECTRICITY", 1, "7.12", "7.58", start, july);
        price(grid, "ELECTRICITY", 2, "5.48", "5.83", start, july);
        price(grid, "ELECTRICITY", 3, "3.21", "3.42", start, july);
        price(HOUSING, "COLD_WATER", 1, "48.20", "51.30", start, july);
        price(HOUSING, "HOT_WATER", 1, "212.40", "226.10", start, july);
        price(HOUSING, "UPKEEP", 0, "2150.00", "2290.00", start, july);
        price(HOUSING, "WASTE", 0, "540.00", "575.00", start, july);
    }

    private void price(String organization, String service, int zone, String before, String after, LocalDate start, LocalDate change) {
        tariffs.addPrice(organization, service, zone, new BigDecimal(before), start.isBefore(change) ? start : change.minusYears(1));
        tariffs.addPrice(organization, service, zone, new BigDecimal(after), change);
    }

    private SeedReport.SeedLogin staff(String login, String password, Role role, String name, String organization) {
        users.create(new NewUser(login, password, role, name, "ru", organization));
        return new SeedReport.SeedLogin(login, password, role.name(), name, List.of("организация " + organization));
    }

    private long customer(String login, String password, String kind, String name, String snils, String inn, String phone,
                          List<SeedReport.SeedLogin> logins, List<String> held) {
        long userId = users.create(new NewUser(login, password, Role.CUSTOMER, name, "ru", null));
        contacts.setContacts(userId, login + "@example.ru", "+" + phone.replaceAll("\\D", ""));
        logins.add(new SeedReport.SeedLogin(login, password, kind, name, held));
        return accounts.createCustomer(userId, kind, name, snils, inn, phone, login + "@example.ru");
    }

    private long account(List<String> held, String number, String organization, long holder, String address, LocalDate today) {
        held.add("лицевой счёт " + number + " (" + organization + "), " + address);
        return accounts.createAccount(number, organization, holder, address, YearMonth.from(today).minusMonths(14).atDay(1));
    }

    /** A meter with, when plain, a year of readings on the 20th growing by about the given monthly consumption per zone. */
    private long meter(List<String> held, long account, String service, String model, int zones, int digits, int decimals, String telemetryId,
                       LocalDate today, String... monthly) {
        String serial = String.valueOf(10_000_000 + random.nextInt(89_999_999));
        long id = accounts.createMeter(account, service, serial, model, zones, digits, decimals, telemetryId,
                YearMonth.from(today).minusMonths(14).atDay(1));
        accounts.addService(account, service);
        held.add("  прибор " + model + " №" + serial + " (" + service + ", зон: " + zones + (telemetryId == null ? ")" : ", телеметрия " + telemetryId + ")"));
        if (telemetryId != null) {
            return id;
        }
        BigDecimal[] value = new BigDecimal[zones];
        for (int z = 0; z < zones; z++) {
            value[z] = BigDecimal.valueOf(1000 + random.nextInt(5000)).setScale(decimals);
        }
        for (int back = 13; back >= 1; back--) {
            LocalDate day = YearMonth.from(today).minusMonths(back).atDay(20);
            List<NewReading> month = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                double factor = 0.8 + random.nextDouble() * 0.4;
                value[z] = value[z].add(new BigDecimal(monthly[z]).multiply(BigDecimal.valueOf(factor))).setScale(decimals, RoundingMode.HALF_UP);
                month.add(new NewReading(id, z + 1, value[z], day, day.atStartOfDay(clock.getZone()).toInstant(), 1L, "ACCEPTED", null, false));
            }
            readings.insertAll(month, false);
        }
        return id;
    }
}
