package io.meterhub.storage.cabinet.customers;

import io.meterhub.cabinet.customers.CustomerRegistryRepository;
import io.meterhub.cabinet.customers.RegistryAccountRow;
import io.meterhub.cabinet.customers.RegistryCustomerRow;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link CustomerRegistryRepository} over JDBC. */
public final class JdbcCustomerRegistryRepository implements CustomerRegistryRepository {
    private static final String ACCOUNT = """
            SELECT a.id, a.organization_id, a.number, a.holder_id, a.address, a.opened_on, a.updated_at,
                   ARRAY(SELECT s.service_code FROM account_service s WHERE s.account_id = a.id ORDER BY s.service_code) AS services
            FROM account a
            """;
    /** The customer's accounts among the organizations' (the second parameter), "organization\nnumber" each. */
    private static final String CUSTOMER = """
            SELECT c.id, c.kind, c.full_name, c.inn, c.ogrn, c.snils, c.passport, c.phone, c.email, c.updated_at,
                   ARRAY(SELECT h.organization_id || chr(10) || h.number FROM account h
                         WHERE h.holder_id = c.id AND h.organization_id = ANY (?) ORDER BY h.organization_id, h.number) AS accounts
            FROM customer c
            """;
    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    /** SNILS and passport read back from their encrypted form under the process's key ({@link PersonalDataCipher#ofProcess}). */
    public JdbcCustomerRegistryRepository(DataSource dataSource) {
        this(dataSource, PersonalDataCipher.ofProcess());
    }

    public JdbcCustomerRegistryRepository(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public List<RegistryAccountRow> accountsAfter(List<String> organizationIds, String number, Instant updatedSince, long afterId, int limit) {
        return Jdbc.list(dataSource, ACCOUNT + """
                WHERE a.organization_id = ANY (?) AND a.id > ? AND (?::text IS NULL OR a.number = ?)
                  AND (?::timestamptz IS NULL OR a.updated_at >= ?) ORDER BY a.id LIMIT ?""", JdbcCustomerRegistryRepository::account,
                organizationIds.toArray(String[]::new), afterId, number, number, updatedSince, updatedSince, limit);
    }

    @Override
    public Optional<RegistryAccountRow> account(String organizationId, String number) {
        return Jdbc.one(dataSource, ACCOUNT + "WHERE a.organization_id = ? AND a.number = ?", JdbcCustomerRegistryRepository::account,
                organizationId, number);
    }

    @Override
    public List<RegistryCustomerRow> customersAfter(List<String> organizationIds, String accountNumber, Instant updatedSince, long afterId,
                                                    int limit) {
        String[] organizations = organizationIds.toArray(String[]::new);
        return Jdbc.list(dataSource, CUSTOMER + """
                WHERE c.id > ? AND EXISTS (SELECT 1 FROM account a WHERE a.holder_id = c.id AND a.organization_id = ANY (?)
                                           AND (?::text IS NULL OR a.number = ?))
                  AND (?::timestamptz IS NULL OR c.updated_at >= ?) ORDER BY c.id LIMIT ?""", this::customer,
                organizations, afterId, organizations, accountNumber, accountNumber, updatedSince, updatedSince, limit);
    }

    @Override
    public Optional<RegistryCustomerRow> customer(List<String> organizationIds, long customerId) {
        String[] organizations = organizationIds.toArray(String[]::new);
        return Jdbc.one(dataSource, CUSTOMER + "WHERE c.id = ? AND EXISTS (SELECT 1 FROM account a WHERE a.holder_id = c.id "
                + "AND a.organization_id = ANY (?))", this::customer, organizations, customerId, organizations);
    }

    private static RegistryAccountRow account(ResultSet r) throws SQLException {
        return new RegistryAccountRow(r.getLong("id"), r.getString("organization_id"), r.getString("number"), r.getLong("holder_id"),
                r.getString("address"), Jdbc.date(r, "opened_on"), texts(r.getArray("services")), Jdbc.instant(r, "updated_at"));
    }

    private RegistryCustomerRow customer(ResultSet r) throws SQLException {
        List<RegistryCustomerRow.HeldAccount> accounts = new ArrayList<>();
        for (String held : texts(r.getArray("accounts"))) {
            int cut = held.indexOf('\n');
            accounts.add(new RegistryCustomerRow.HeldAccount(held.substring(0, cut), held.substring(cut + 1)));
        }
        return new RegistryCustomerRow(r.getLong("id"), r.getString("kind"), r.getString("full_name"), r.getString("inn"), r.getString("ogrn"),
                cipher.decrypt(PersonalDataCipher.SNILS, r.getString("snils")), cipher.decrypt(PersonalDataCipher.PASSPORT, r.getString("passport")),
                r.getString("phone"), r.getString("email"), accounts,
                Jdbc.instant(r, "updated_at"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
