package io.meterhub.storage.cabinet.receipts;

import io.meterhub.cabinet.receipts.PayeeRequisites;
import io.meterhub.cabinet.receipts.ReceiptAccount;
import io.meterhub.cabinet.receipts.ReceiptCharge;
import io.meterhub.cabinet.receipts.ReceiptChargeLine;
import io.meterhub.cabinet.receipts.ReceiptPayment;
import io.meterhub.cabinet.receipts.ReceiptQueries;
import io.meterhub.cabinet.receipts.ReceiptSource;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ReceiptQueries} over JDBC. */
public final class JdbcReceiptQueries implements ReceiptQueries {
    private final DataSource dataSource;

    public JdbcReceiptQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ReceiptSource> load(long accountId, LocalDate period) {
        try {
            LocalDate month = period.withDayOfMonth(1);
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                int isolation = connection.getTransactionIsolation();
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                try {
                    Optional<ReceiptSource> result = load(connection, accountId, month);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setReadOnly(false);
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean mayView(long userId, long accountId) {
        try {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement sql = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM account a JOIN customer c ON c.id = a.holder_id "
                         + "WHERE a.id = ? AND c.user_id = ?) OR EXISTS (SELECT 1 FROM account a JOIN app_user u ON u.organization_id = a.organization_id "
                         + "WHERE a.id = ? AND u.id = ? AND u.role IN ('OPERATOR', 'ADMIN'))")) {
                sql.setLong(1, accountId);
                sql.setLong(2, userId);
                sql.setLong(3, accountId);
                sql.setLong(4, userId);
                try (ResultSet rows = sql.executeQuery()) {
                    rows.next();
                    return rows.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Optional<ReceiptSource> load(Connection connection, long accountId, LocalDate month) throws SQLException {
        PayeeRequisites payee;
        ReceiptAccount account;
        try (PreparedStatement sql = connection.prepareStatement("SELECT o.id, o.name, o.legal_name, o.inn, o.kpp, o.bank_name, o.bic, "
                + "o.correspondent_account, o.settlement_account, o.phone, o.time_zone, a.id, a.number, a.address, c.full_name, c.kind "
                + "FROM account a JOIN organization o ON o.id = a.organization_id JOIN customer c ON c.id = a.holder_id WHERE a.id = ?")) {
            sql.setLong(1, accountId);
            try (ResultSet rows = sql.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                payee = new PayeeRequisites(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                        rows.getString(10), rows.getString(11));
                account = new ReceiptAccount(rows.getLong(12), rows.getString(13), rows.getString(14), rows.getString(15), rows.getString(16));
            }
        }
        BigDecimal debtAtStart;
        try (PreparedStatement sql = connection.prepareStatement("SELECT coalesce(sum(CASE WHEN kind = 'PAYMENT' THEN -amount ELSE amount END), 0) "
                + "FROM ledger_entry WHERE account_id = ? AND period < ?")) {
            sql.setLong(1, accountId);
            sql.setObject(2, month);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                debtAtStart = rows.getBigDecimal(1).setScale(2);
            }
        }
        Map<Long, ReceiptCharge> charges = new LinkedHashMap<>();
        Map<Long, List<ReceiptChargeLine>> lines = new LinkedHashMap<>();
        try (PreparedStatement sql = connection.prepareStatement("SELECT e.id, e.kind, e.service_code, s.name_ru, s.name_en, s.unit, e.amount, e.description "
                + "FROM ledger_entry e JOIN service s ON s.code = e.service_code "
                + "WHERE e.account_id = ? AND e.period = ? AND e.kind IN ('CHARGE', 'ADJUSTMENT') ORDER BY e.service_code, e.kind, e.id")) {
            sql.setLong(1, accountId);
            sql.setObject(2, month);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    charges.put(rows.getLong(1), new ReceiptCharge(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getBigDecimal(7), rows.getString(8), List.of()));
                    lines.put(rows.getLong(1), new ArrayList<>());
                }
            }
        }
        try (PreparedStatement sql = connection.prepareStatement("SELECT l.ledger_entry_id, l.zone, l.quantity, l.price, l.amount, l.valid_from, l.valid_to "
                + "FROM charge_line l JOIN ledger_entry e ON e.id = l.ledger_entry_id "
                + "WHERE e.account_id = ? AND e.period = ? ORDER BY l.ledger_entry_id, l.zone, l.valid_from")) {
            sql.setLong(1, accountId);
            sql.setObject(2, month);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    List<ReceiptChargeLine> of = lines.get(rows.getLong(1));
                    if (of != null) {
                        of.add(new ReceiptChargeLine(rows.getInt(2), rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5),
                                rows.getObject(6, LocalDate.class), rows.getObject(7, LocalDate.class)));
                    }
                }
            }
        }
        List<ReceiptCharge> chargeList = new ArrayList<>();
        for (ReceiptCharge charge : charges.values()) {
            chargeList.add(new ReceiptCharge(charge.entryId(), charge.kind(), charge.serviceCode(), charge.serviceNameRu(),
                    charge.serviceNameEn(), charge.unit(), charge.amount(), charge.description(), lines.get(charge.entryId())));
        }
        List<ReceiptPayment> payments = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement("SELECT e.created_at, e.service_code, s.name_ru, e.amount, e.description, e.source "
                + "FROM ledger_entry e JOIN service s ON s.code = e.service_code "
                + "WHERE e.account_id = ? AND e.period = ? AND e.kind = 'PAYMENT' ORDER BY e.created_at, e.id")) {
            sql.setLong(1, accountId);
            sql.setObject(2, month);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    payments.add(new ReceiptPayment(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                            rows.getBigDecimal(4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        return Optional.of(new ReceiptSource(payee, account, month, debtAtStart, chargeList, payments));
    }
}
