package io.meterhub.storage.cabinet;

import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.Tx;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC shapes the cabinet's repositories need, with SQL errors turned into {@link StorageException}. */
public final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * The transaction open on this thread, per data source: work started inside one joins it, so a
     * service's change and its audit entry, written by different repositories, commit or roll back together.
     */
    private static final ThreadLocal<java.util.Map<DataSource, Connection>> OPEN = ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * Runs the work in one transaction: all of it or nothing. Inside another transaction on the same data source
     * (on this thread) it joins that one, which then commits or rolls back the whole.
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        Connection open = OPEN.get().get(dataSource);
        if (open != null) {
            return joined(open, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            OPEN.get().put(dataSource, connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                OPEN.get().remove(dataSource);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static <T> T joined(Connection open, Work<T> work) {
        try {
            return work.run(open);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs the work on a connection: the transaction open on this thread, if any, else one of its own. */
    public static <T> T withConnection(DataSource dataSource, Work<T> work) {
        Connection open = OPEN.get().get(dataSource);
        if (open != null) {
            return joined(open, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public static <T> List<T> list(Connection connection, String sql, Row<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    public static <T> Optional<T> one(Connection connection, String sql, Row<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = list(connection, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** An INSERT ... RETURNING id. */
    public static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Work on the transaction's connection, for a repository's statements that the shapes below do not cover. */
    public static <T> T in(Tx tx, Work<T> work) {
        try {
            return work.run(((JdbcTx) tx).connection());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public static <T> List<T> list(Tx tx, String sql, Row<T> mapper, Object... parameters) {
        return in(tx, c -> list(c, sql, mapper, parameters));
    }

    public static <T> Optional<T> one(Tx tx, String sql, Row<T> mapper, Object... parameters) {
        return in(tx, c -> one(c, sql, mapper, parameters));
    }

    public static int update(Tx tx, String sql, Object... parameters) {
        return in(tx, c -> update(c, sql, parameters));
    }

    public static long insert(Tx tx, String sql, Object... parameters) {
        return in(tx, c -> insert(c, sql, parameters));
    }

    public static <T> List<T> list(DataSource dataSource, String sql, Row<T> mapper, Object... parameters) {
        return withConnection(dataSource, c -> list(c, sql, mapper, parameters));
    }

    public static <T> Optional<T> one(DataSource dataSource, String sql, Row<T> mapper, Object... parameters) {
        return withConnection(dataSource, c -> one(c, sql, mapper, parameters));
    }

    public static int update(DataSource dataSource, String sql, Object... parameters) {
        return withConnection(dataSource, c -> update(c, sql, parameters));
    }

    public static long insert(DataSource dataSource, String sql, Object... parameters) {
        return withConnection(dataSource, c -> insert(c, sql, parameters));
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, Date.valueOf(date));
            } else if (value instanceof BigDecimal decimal) {
                statement.setBigDecimal(index, decimal);
            } else if (value instanceof String[] texts) {
                statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
            } else if (value instanceof Long[] numbers) {
                statement.setArray(index, statement.getConnection().createArrayOf("int8", numbers));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** An SQL error as the cabinet's {@link StorageException}, with its SQLSTATE. */
    public static StorageException failure(SQLException e) {
        return new StorageException("database error: " + e.getMessage(), e.getSQLState(), e);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Closes quietly what a caller opened for a batch. */
    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
