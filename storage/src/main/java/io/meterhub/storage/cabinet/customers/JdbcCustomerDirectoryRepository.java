package io.meterhub.storage.cabinet.customers;

import io.meterhub.cabinet.customers.CardAccountRow;
import io.meterhub.cabinet.customers.CardMeterRow;
import io.meterhub.cabinet.customers.CustomerDirectoryRepository;
import io.meterhub.cabinet.customers.HolderRow;
import io.meterhub.cabinet.customers.MatchRow;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.personaldata.PersonalDataCipher;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link CustomerDirectoryRepository} over JDBC. */
public final class JdbcCustomerDirectoryRepository implements CustomerDirectoryRepository {
    /**
     * Each key its own indexed branch; an account matched by several keys is shown once, by the first
     * key (number, serial, name, address). The patterns are lower-case LIKE patterns, escaped by the caller.
     */
    private static final String SEARCH = """
            SELECT c.id, c.kind, c.full_name, a.id, a.number, a.address, m.matched, m.matched_text
            FROM (SELECT DISTINCT ON (account_id) account_id, rank, matched, matched_text
                  FROM (SELECT a.id AS account_id, 1 AS rank, 'ACCOUNT_NUMBER' AS matched, a.number AS matched_text
                        FROM account a WHERE a.organization_id = ? AND lower(a.number) LIKE ? ESCAPE '\\'
                        UNION ALL
                        SELECT a.id, 2, 'METER_SERIAL', s.serial
                        FROM account_meter s JOIN account a ON a.id = s.account_id
                        WHERE a.organization_id = ? AND lower(s.serial) LIKE ? ESCAPE '\\'
                        UNION ALL
                        SELECT a.id, 3, 'NAME', h.full_name
                        FROM customer h JOIN account a ON a.holder_id = h.id
                        WHERE a.organization_id = ? AND lower(h.full_name) LIKE ? ESCAPE '\\'
                        UNION ALL
                        SELECT a.id, 4, 'ADDRESS', a.address
                        FROM account a WHERE a.organization_id = ? AND lower(a.address) LIKE ? ESCAPE '\\') k
                  ORDER BY account_id, rank, matched_text) m
            JOIN account a ON a.id = m.account_id JOIN customer c ON c.id = a.holder_id
            ORDER BY m.rank, m.matched_text, a.number, a.id
            LIMIT ? OFFSET ?
            """;
    private static final String HOLDER = "SELECT c.id, c.kind, c.full_name, c.snils, c.inn, c.passport, c.phone, c.email, c.user_id, u.login, "
            + "u.email, u.blocked_at, u.blocked_reason FROM customer c LEFT JOIN app_user u ON u.id = c.user_id ";
    private static final String ACCOUNT = "SELECT a.id, a.number, a.organization_id, o.name, a.holder_id, a.address, a.opened_on "
            + "FROM account a JOIN organization o ON o.id = a.organization_id ";
    private static final String METER = "SELECT id, account_id, service_code, serial, model, zones, digits, decimals, next_verification_on, "
            + "installed_on, removed_on FROM account_meter ";

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;

    /** SNILS and passport read back from their encrypted form under the process's key ({@link PersonalDataCipher#ofProcess}). */
    public JdbcCustomerDirectoryRepository(DataSource dataSource) {
        this(dataSource, PersonalDataCipher.ofProcess());
    }

    public JdbcCustomerDirectoryRepository(DataSource dataSource, PersonalDataCipher cipher) {
        this.dataSource = dataSource;
        this.cipher = cipher;
    }

    @Override
    public List<MatchRow> search(String organizationId, String prefix, String anywhere, int limit, long offset) {
        return Jdbc.list(dataSource, SEARCH, JdbcCustomerDirectoryRepository::match, organizationId, prefix, organizationId, prefix, organizationId,
                anywhere, organizationId, anywhere, limit, offset);
    }

    @Override
    public Optional<HolderRow> holder(long customerId) {
        return Jdbc.one(dataSource, HOLDER + "WHERE c.id = ?", this::holder, customerId);
    }

    @Override
    public Optional<HolderRow> holderOfUser(long userId) {
        return Jdbc.one(dataSource, HOLDER + "WHERE c.user_id = ?", this::holder, userId);
    }

    @Override
    public List<CardAccountRow> accountsOf(long customerId, String organizationId) {
        return Jdbc.list(dataSource, ACCOUNT + "WHERE a.holder_id = ? AND a.organization_id = ? ORDER BY a.number, a.id",
                JdbcCustomerDirectoryRepository::account, customerId, organizationId);
    }

    @Override
    public Optional<CardAccountRow> account(long accountId) {
        return Jdbc.one(dataSource, ACCOUNT + "WHERE a.id = ?", JdbcCustomerDirectoryRepository::account, accountId);
    }

    @Override
    public List<CardMeterRow> metersOf(long accountId) {
        return Jdbc.list(dataSource, METER + "WHERE account_id = ? ORDER BY removed_on NULLS FIRST, service_code, serial",
                JdbcCustomerDirectoryRepository::meter, accountId);
    }

    @Override
    public Optional<CardMeterRow> meter(long meterId) {
        return Jdbc.one(dataSource, METER + "WHERE id = ?", JdbcCustomerDirectoryRepository::meter, meterId);
    }

    @Override
    public boolean attachLogin(long customerId, long userId) {
        return Jdbc.update(dataSource, "UPDATE customer SET user_id = ?, updated_at = now() WHERE id = ? AND user_id IS NULL", userId,
                customerId) == 1;
    }

    @Override
    public long createHolder(Long userId, String kind, String fullName) {
        return Jdbc.insert(dataSource, "INSERT INTO customer (user_id, kind, full_name) VALUES (?, ?, ?) RETURNING id", userId, kind, fullName);
    }

    @Override
    public boolean moveAccount(long accountId, long fromHolderId, long toHolderId) {
        return Jdbc.update(dataSource, "UPDATE account SET holder_id = ? WHERE id = ? AND holder_id = ?", toHolderId, accountId, fromHolderId) == 1;
    }

    private static MatchRow match(ResultSet r) throws SQLException {
        return new MatchRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8));
    }

    private HolderRow holder(ResultSet r) throws SQLException {
        return new HolderRow(r.getLong(1), r.getString(2), r.getString(3), cipher.decrypt(PersonalDataCipher.SNILS, r.getString(4)), r.getString(5),
                cipher.decrypt(PersonalDataCipher.PASSPORT, r.getString(6)), r.getString(7),
                r.getString(8), Jdbc.nullableLong(r, "user_id"), r.getString(10), r.getString(11), Jdbc.instant(r, "blocked_at"), r.getString(13));
    }

    private static CardAccountRow account(ResultSet r) throws SQLException {
        return new CardAccountRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6),
                Jdbc.date(r, "opened_on"));
    }

    private static CardMeterRow meter(ResultSet r) throws SQLException {
        return new CardMeterRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7), r.getInt(8),
                Jdbc.date(r, "next_verification_on"), Jdbc.date(r, "installed_on"), Jdbc.date(r, "removed_on"));
    }
}
