package io.meterhub.storage.cabinet.payments;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.payments.AllocationRecord;
import io.meterhub.cabinet.payments.PayableAccount;
import io.meterhub.cabinet.payments.PaymentRecord;
import io.meterhub.cabinet.payments.PaymentStore;
import io.meterhub.storage.cabinet.Jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PaymentStore} over JDBC. */
public final class JdbcPaymentStore implements PaymentStore {
    private static final String PAYMENT_COLUMNS =
            "id, idempotency_key, user_id, provider, provider_payment_id, amount, status, created_at, completed_at";

    @Override
    public Optional<PaymentRecord> findByIdempotencyKey(Tx tx, String key) {
        return Jdbc.in(tx, connection -> one(connection, "SELECT " + PAYMENT_COLUMNS + " FROM payment WHERE idempotency_key = ?", key));
    }

    @Override
    public Optional<PaymentRecord> findById(Tx tx, long id) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("SELECT " + PAYMENT_COLUMNS + " FROM payment WHERE id = ?")) {
                sql.setLong(1, id);
                return read(sql);
            }
        });
    }

    @Override
    public Optional<PaymentRecord> lockByProviderPaymentId(Tx tx, String provider, String providerPaymentId) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("SELECT " + PAYMENT_COLUMNS
                    + " FROM payment WHERE provider = ? AND provider_payment_id = ? FOR UPDATE")) {
                sql.setString(1, provider);
                sql.setString(2, providerPaymentId);
                return read(sql);
            }
        });
    }

    @Override
    public Optional<PaymentRecord> lockByIdempotencyKey(Tx tx, String provider, String key) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("SELECT " + PAYMENT_COLUMNS
                    + " FROM payment WHERE provider = ? AND idempotency_key = ? FOR UPDATE")) {
                sql.setString(1, provider);
                sql.setString(2, key);
                return read(sql);
            }
        });
    }

    @Override
    public Optional<PaymentRecord> insertPending(Tx tx, String key, long userId, String provider, BigDecimal amount) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("INSERT INTO payment (idempotency_key, user_id, provider, amount, status) "
                    + "VALUES (?, ?, ?, ?, 'PENDING') ON CONFLICT (idempotency_key) DO NOTHING RETURNING " + PAYMENT_COLUMNS)) {
                sql.setString(1, key);
                sql.setLong(2, userId);
                sql.setString(3, provider);
                sql.setBigDecimal(4, amount);
                return read(sql);
            }
        });
    }

    @Override
    public void insertAllocations(Tx tx, long paymentId, List<AllocationRecord> allocations) {
        Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("INSERT INTO payment_allocation "
                    + "(payment_id, account_id, service_code, organization_id, amount) VALUES (?, ?, ?, ?, ?)")) {
                for (AllocationRecord allocation : allocations) {
                    sql.setLong(1, paymentId);
                    sql.setLong(2, allocation.accountId());
                    sql.setString(3, allocation.serviceCode());
                    sql.setString(4, allocation.organizationId());
                    sql.setBigDecimal(5, allocation.amount());
                    sql.addBatch();
                }
                sql.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<AllocationRecord> allocations(Tx tx, long paymentId) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("SELECT account_id, service_code, organization_id, amount "
                    + "FROM payment_allocation WHERE payment_id = ? ORDER BY organization_id, account_id, service_code")) {
                sql.setLong(1, paymentId);
                List<AllocationRecord> result = new ArrayList<>();
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        result.add(new AllocationRecord(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBigDecimal(4)));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public boolean setProviderPaymentId(Tx tx, long paymentId, String providerPaymentId) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("UPDATE payment SET provider_payment_id = ? "
                    + "WHERE id = ? AND (provider_payment_id IS NULL OR provider_payment_id = ?)")) {
                sql.setString(1, providerPaymentId);
                sql.setLong(2, paymentId);
                sql.setString(3, providerPaymentId);
                return sql.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean complete(Tx tx, long paymentId, String status, Instant at) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("UPDATE payment SET status = ?, completed_at = ? "
                    + "WHERE id = ? AND status = 'PENDING'")) {
                sql.setString(1, status);
                sql.setTimestamp(2, Timestamp.from(at));
                sql.setLong(3, paymentId);
                return sql.executeUpdate() == 1;
            }
        });
    }

    @Override
    public long recordCallback(Tx tx, String provider, String payload, String signature, String outcome) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("INSERT INTO payment_callback (provider, payload, signature, outcome) "
                    + "VALUES (?, ?, ?, ?) RETURNING id")) {
                sql.setString(1, provider);
                sql.setString(2, payload == null ? "" : payload);
                sql.setString(3, signature == null ? "" : signature);
                sql.setString(4, outcome);
                try (ResultSet rows = sql.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<Long, PayableAccount> payableAccounts(Tx tx, Collection<Long> accountIds) {
        return Jdbc.in(tx, connection -> {
            Map<Long, PayableAccount> result = new HashMap<>();
            if (accountIds.isEmpty()) {
                return result;
            }
            try (PreparedStatement sql = connection.prepareStatement("SELECT a.id, a.number, a.organization_id, c.user_id "
                    + "FROM account a JOIN customer c ON c.id = a.holder_id WHERE a.id = ANY (?)")) {
                sql.setArray(1, connection.createArrayOf("bigint", accountIds.toArray()));
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        long userId = rows.getLong(4);
                        result.put(rows.getLong(1), new PayableAccount(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.wasNull() ? null : userId));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public boolean accountHasService(Tx tx, long accountId, String serviceCode) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM account_service WHERE account_id = ? AND service_code = ?) "
                    + "OR EXISTS (SELECT 1 FROM ledger_entry WHERE account_id = ? AND service_code = ?)")) {
                sql.setLong(1, accountId);
                sql.setString(2, serviceCode);
                sql.setLong(3, accountId);
                sql.setString(4, serviceCode);
                try (ResultSet rows = sql.executeQuery()) {
                    rows.next();
                    return rows.getBoolean(1);
                }
            }
        });
    }

    @Override
    public Map<String, ZoneId> organizationZones(Tx tx, Collection<String> organizationIds) {
        return Jdbc.in(tx, connection -> {
            Map<String, ZoneId> result = new HashMap<>();
            try (PreparedStatement sql = connection.prepareStatement("SELECT id, time_zone FROM organization WHERE id = ANY (?)")) {
                sql.setArray(1, connection.createArrayOf("text", organizationIds.toArray()));
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        result.put(rows.getString(1), ZoneId.of(rows.getString(2)));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public boolean insertPaymentEntry(Tx tx, long accountId, String serviceCode, LocalDate period,
                                      BigDecimal amount, String description, String source) {
        return Jdbc.in(tx, connection -> {
            try (PreparedStatement sql = connection.prepareStatement("INSERT INTO ledger_entry "
                    + "(account_id, service_code, kind, period, amount, description, source) VALUES (?, ?, 'PAYMENT', ?, ?, ?, ?) "
                    + "ON CONFLICT (account_id, service_code, kind, period, source) DO NOTHING")) {
                sql.setLong(1, accountId);
                sql.setString(2, serviceCode);
                sql.setObject(3, period.withDayOfMonth(1));
                sql.setBigDecimal(4, amount);
                sql.setString(5, description);
                sql.setString(6, source);
                return sql.executeUpdate() == 1;
            }
        });
    }

    private static Optional<PaymentRecord> one(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(query)) {
            sql.setString(1, parameter);
            return read(sql);
        }
    }

    private static Optional<PaymentRecord> read(PreparedStatement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Timestamp completed = rows.getTimestamp(9);
            return Optional.of(new PaymentRecord(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                    rows.getString(5), rows.getBigDecimal(6), rows.getString(7), rows.getTimestamp(8).toInstant(),
                    completed == null ? null : completed.toInstant()));
        }
    }
}
