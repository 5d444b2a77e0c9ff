package io.meterhub.storage.cabinet.ledger;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.ledger.ChargeLineRow;
import io.meterhub.cabinet.ledger.EntryRow;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.NewEntry;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LedgerRepository} over JDBC. */
public final class JdbcLedgerRepository implements LedgerRepository {
    private static final String ENTRY = "SELECT id, account_id, service_code, kind, period, amount, description, source, created_at FROM ledger_entry ";
    private static final String UPSERT = "INSERT INTO ledger_entry (account_id, service_code, kind, period, amount, description, source) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, service_code, kind, period, source) "
            + "DO UPDATE SET amount = EXCLUDED.amount, description = EXCLUDED.description RETURNING id";
    private static final String INSERT_NEW = "INSERT INTO ledger_entry (account_id, service_code, kind, period, amount, description, source) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, service_code, kind, period, source) DO NOTHING RETURNING id";

    private final DataSource dataSource;

    public JdbcLedgerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void replaceCharges(List<NewEntry> entries) {
        Jdbc.inTransaction(dataSource, connection -> {
            for (NewEntry e : entries) {
                long id = Jdbc.insert(connection, UPSERT, e.accountId(), e.serviceCode(), e.kind(), e.period(), e.amount(), e.description(), e.source());
                Jdbc.update(connection, "DELETE FROM charge_line WHERE ledger_entry_id = ?", id);
                insertLines(connection, id, e.lines());
            }
            return null;
        });
    }

    @Override
    public void replaceRun(String source, java.time.LocalDate period, String organizationId, List<NewEntry> entries) {
        Jdbc.inTransaction(dataSource, connection -> {
            List<Long> kept = new java.util.ArrayList<>();
            for (NewEntry e : entries) {
                long id = Jdbc.insert(connection, UPSERT, e.accountId(), e.serviceCode(), e.kind(), e.period(), e.amount(), e.description(), e.source());
                Jdbc.update(connection, "DELETE FROM charge_line WHERE ledger_entry_id = ?", id);
                insertLines(connection, id, e.lines());
                kept.add(id);
            }
            Jdbc.update(connection, "DELETE FROM ledger_entry WHERE source = ? AND period = ? AND kind = 'CHARGE' "
                    + "AND account_id IN (SELECT id FROM account WHERE organization_id = ?) AND NOT (id = ANY (?))",
                    source, period, organizationId, kept.toArray(Long[]::new));
            return null;
        });
    }

    @Override
    public int insertNew(List<NewEntry> entries) {
        return Jdbc.inTransaction(dataSource, connection -> {
            int inserted = 0;
            for (NewEntry e : entries) {
                Optional<Long> id = Jdbc.one(connection, INSERT_NEW, row -> row.getLong(1), e.accountId(), e.serviceCode(), e.kind(), e.period(),
                        e.amount(), e.description(), e.source());
                if (id.isPresent()) {
                    inserted++;
                    insertLines(connection, id.get(), e.lines());
                }
            }
            return inserted;
        });
    }

    @Override
    public boolean insertNew(Tx tx, NewEntry e) {
        return Jdbc.in(tx, connection -> {
            Optional<Long> id = Jdbc.one(connection, INSERT_NEW, row -> row.getLong(1), e.accountId(), e.serviceCode(), e.kind(), e.period(),
                    e.amount(), e.description(), e.source());
            if (id.isPresent()) {
                insertLines(connection, id.get(), e.lines());
            }
            return id.isPresent();
        });
    }

    @Override
    public List<EntryRow> entries(long accountId, String serviceCode, int limit, long offset) {
        return Jdbc.list(dataSource, ENTRY + "WHERE account_id = ? AND (?::text IS NULL OR service_code = ?::text) "
                        + "ORDER BY period DESC, created_at DESC, id DESC LIMIT ? OFFSET ?", JdbcLedgerRepository::entry,
                accountId, serviceCode, serviceCode, limit, offset);
    }

    @Override
    public long count(long accountId, String serviceCode) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM ledger_entry WHERE account_id = ? AND (?::text IS NULL OR service_code = ?::text)",
                row -> row.getLong(1), accountId, serviceCode, serviceCode).orElse(0L);
    }

    @Override
    public List<EntryRow> entriesBySource(String source) {
        return Jdbc.list(dataSource, ENTRY + "WHERE source = ? ORDER BY account_id, service_code", JdbcLedgerRepository::entry, source);
    }

    @Override
    public List<ChargeLineRow> lines(long entryId) {
        return Jdbc.list(dataSource, "SELECT zone, quantity, price, amount, valid_from, valid_to FROM charge_line WHERE ledger_entry_id = ? "
                        + "ORDER BY zone, valid_from", row -> new ChargeLineRow(row.getInt(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getBigDecimal(4), Jdbc.date(row, "valid_from"), Jdbc.date(row, "valid_to")), entryId);
    }

    @Override
    public Map<String, BigDecimal> debtByService(long accountId) {
        Map<String, BigDecimal> debts = new LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT service_code, sum(CASE kind WHEN 'PAYMENT' THEN -amount ELSE amount END) FROM ledger_entry "
                        + "WHERE account_id = ? GROUP BY service_code ORDER BY service_code",
                row -> debts.put(row.getString(1), row.getBigDecimal(2)), accountId);
        return debts;
    }

    private static void insertLines(Connection connection, long entryId, List<ChargeLineRow> lines) throws SQLException {
        for (ChargeLineRow line : lines) {
            Jdbc.update(connection, "INSERT INTO charge_line (ledger_entry_id, zone, quantity, price, amount, valid_from, valid_to) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", entryId, line.zone(), line.quantity(), line.price(), line.amount(), line.validFrom(), line.validTo());
        }
    }

    private static EntryRow entry(ResultSet r) throws SQLException {
        return new EntryRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), Jdbc.date(r, "period"), r.getBigDecimal(6),
                r.getString(7), r.getString(8), Jdbc.instant(r, "created_at"));
    }
}
