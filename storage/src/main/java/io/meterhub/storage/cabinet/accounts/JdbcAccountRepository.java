package io.meterhub.storage.cabinet.accounts;

import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.CustomerRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.accounts.ServiceRow;
import io.meterhub.cabinet.accounts.ServiceWindowRow;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@link AccountRepository} over JDBC. */
public final class JdbcAccountRepository implements AccountRepository {
    private static final String ACCOUNT = "SELECT a.id, a.number, a.organization_id, a.holder_id, c.user_id, a.address, a.opened_on "
            + "FROM account a JOIN customer c ON c.id = a.holder_id ";
    private static final String METER = "SELECT id, account_id, service_code, serial, model, zones, digits, decimals, telemetry_meter_id, "
            + "installed_on, removed_on, replacement_confirmed_by FROM account_meter ";
    private static final String ORGANIZATION = "SELECT id, name, kind, time_zone, zone_schedule, legal_name, inn, kpp, bank_name, bic, "
            + "correspondent_account, settlement_account, phone, window_first_day, window_last_day FROM organization ";

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    /** SNILS and passport (a customer's) written encrypted and read back under the process's key ({@link PersonalDataCipher#ofProcess}). */
    public JdbcAccountRepository(DataSource dataSource) {
        this(dataSource, PersonalDataCipher.ofProcess());
    }

    public JdbcAccountRepository(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public Optional<OrganizationRow> organization(String id) {
        return Jdbc.one(dataSource, ORGANIZATION + "WHERE id = ?", JdbcAccountRepository::organization, id);
    }

    @Override
    public void saveOrganization(OrganizationRow o) {
        Jdbc.update(dataSource, "INSERT INTO organization (id, name, kind, time_zone, zone_schedule, legal_name, inn, kpp, bank_name, bic, "
                        + "correspondent_account, settlement_account, phone, window_first_day, window_last_day) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, "
                        + "kind = EXCLUDED.kind, time_zone = EXCLUDED.time_zone, zone_schedule = EXCLUDED.zone_schedule, "
                        + "legal_name = EXCLUDED.legal_name, inn = EXCLUDED.inn, kpp = EXCLUDED.kpp, bank_name = EXCLUDED.bank_name, "
                        + "bic = EXCLUDED.bic, correspondent_account = EXCLUDED.correspondent_account, "
                        + "settlement_account = EXCLUDED.settlement_account, phone = EXCLUDED.phone, "
                        + "window_first_day = EXCLUDED.window_first_day, window_last_day = EXCLUDED.window_last_day",
                o.id(), o.name(), o.kind(), o.timeZone().getId(), o.zoneSchedule(), o.legalName(), o.inn(), o.kpp(), o.bankName(), o.bic(),
                o.correspondentAccount(), o.settlementAccount(), o.phone(), o.windowFirstDay(), o.windowLastDay());
    }

    @Override
    public long createCustomer(Long userId, String kind, String fullName, String snils, String inn, String phone, String email) {
        return Jdbc.insert(dataSource, "INSERT INTO customer (user_id, kind, full_name, snils, inn, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                userId, kind, fullName, cipher.encrypt(PersonalDataCipher.SNILS, snils), inn, phone, email);
    }

    @Override
    public Optional<CustomerRow> customer(long id) {
        return Jdbc.one(dataSource, "SELECT id, user_id, kind, full_name, snils, inn, phone, email FROM customer WHERE id = ?",
                row -> new CustomerRow(row.getLong(1), Jdbc.nullableLong(row, "user_id"), row.getString(3), row.getString(4),
                        cipher.decrypt(PersonalDataCipher.SNILS, row.getString(5)), row.getString(6), row.getString(7), row.getString(8)), id);
    }

    @Override
    public long createAccount(String number, String organizationId, long holderId, String address, LocalDate openedOn) {
        return Jdbc.insert(dataSource, "INSERT INTO account (number, organization_id, holder_id, address, opened_on) VALUES (?, ?, ?, ?, ?) RETURNING id",
                number, organizationId, holderId, address, openedOn);
    }

    @Override
    public void addService(long accountId, String serviceCode) {
        Jdbc.update(dataSource, "INSERT INTO account_service (account_id, service_code) VALUES (?, ?) ON CONFLICT DO NOTHING", accountId, serviceCode);
    }

    @Override
    public long createMeter(long accountId, String serviceCode, String serial, String model, int zones, int digits, int decimals,
                            String telemetryMeterId, LocalDate installedOn) {
        return Jdbc.insert(dataSource, "INSERT INTO account_meter (account_id, service_code, serial, model, zones, digits, decimals, "
                        + "telemetry_meter_id, installed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                accountId, serviceCode, serial, model, zones, digits, decimals, telemetryMeterId, installedOn);
    }

    @Override
    public Optional<AccountRow> account(long id) {
        return Jdbc.one(dataSource, ACCOUNT + "WHERE a.id = ?", JdbcAccountRepository::account, id);
    }

    @Override
    public Optional<AccountRow> accountByNumber(String organizationId, String number) {
        return Jdbc.one(dataSource, ACCOUNT + "WHERE a.organization_id = ? AND a.number = ?", JdbcAccountRepository::account, organizationId, number);
    }

    @Override
    public List<AccountRow> accountsOfUser(long userId) {
        // the customer's own login, and the accounts the user attached (a holder's grant lasts until revoked)
        return Jdbc.list(dataSource, ACCOUNT + "WHERE c.user_id = ? OR a.id IN (SELECT account_id FROM account_access WHERE user_id = ? "
                + "AND kind = 'HOLDER' AND revoked_at IS NULL) ORDER BY a.organization_id, a.number", JdbcAccountRepository::account, userId, userId);
    }

    @Override
    public List<AccountRow> accountsOfOrganization(String organizationId) {
        return Jdbc.list(dataSource, ACCOUNT + "WHERE a.organization_id = ? ORDER BY a.number", JdbcAccountRepository::account, organizationId);
    }

    @Override
    public Optional<AccountMeterRow> meter(long id) {
        return Jdbc.one(dataSource, METER + "WHERE id = ?", JdbcAccountRepository::meter, id);
    }

    @Override
    public List<AccountMeterRow> metersOfAccount(long accountId) {
        return Jdbc.list(dataSource, METER + "WHERE account_id = ? ORDER BY service_code, serial", JdbcAccountRepository::meter, accountId);
    }

    @Override
    public List<AccountMeterRow> metersOfTelemetry(String telemetryMeterId) {
        return Jdbc.list(dataSource, METER + "WHERE telemetry_meter_id = ? ORDER BY installed_on DESC, id DESC", JdbcAccountRepository::meter,
                telemetryMeterId);
    }

    @Override
    public List<ServiceRow> servicesOfAccount(long accountId) {
        return Jdbc.list(dataSource, "SELECT s.code, s.name_ru, s.name_en, s.unit, s.metered FROM account_service x "
                + "JOIN service s ON s.code = x.service_code WHERE x.account_id = ? ORDER BY s.code", JdbcAccountRepository::service, accountId);
    }

    @Override
    public Optional<ServiceRow> service(String code) {
        return Jdbc.one(dataSource, "SELECT code, name_ru, name_en, unit, metered FROM service WHERE code = ?", JdbcAccountRepository::service, code);
    }

    @Override
    public List<ServiceRow> services() {
        return Jdbc.list(dataSource, "SELECT code, name_ru, name_en, unit, metered FROM service ORDER BY code", JdbcAccountRepository::service);
    }

    @Override
    public void confirmReplacement(long meterId, long operatorUserId, Instant at) {
        Jdbc.update(dataSource, "UPDATE account_meter SET replacement_confirmed_by = ?, replacement_confirmed_at = ? WHERE id = ?",
                operatorUserId, at, meterId);
    }

    @Override
    public Optional<ServiceWindowRow> serviceWindow(String organizationId, String serviceCode) {
        return Jdbc.one(dataSource, "SELECT window_first_day, window_last_day FROM organization_service WHERE organization_id = ? "
                + "AND service_code = ? AND window_first_day IS NOT NULL", r -> new ServiceWindowRow(r.getInt(1), r.getInt(2)), organizationId, serviceCode);
    }

    private static OrganizationRow organization(ResultSet r) throws SQLException {
        return new OrganizationRow(r.getString(1), r.getString(2), r.getString(3), ZoneId.of(r.getString(4)), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                r.getInt(14), r.getInt(15));
    }

    private static AccountRow account(ResultSet r) throws SQLException {
        return new AccountRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), Jdbc.nullableLong(r, "user_id"), r.getString(6),
                Jdbc.date(r, "opened_on"));
    }

    private static AccountMeterRow meter(ResultSet r) throws SQLException {
        return new AccountMeterRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7),
                r.getInt(8), r.getString(9), Jdbc.date(r, "installed_on"), Jdbc.date(r, "removed_on"),
                Jdbc.nullableLong(r, "replacement_confirmed_by"));
    }

    private static ServiceRow service(ResultSet r) throws SQLException {
        return new ServiceRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5));
    }
}
