package io.meterhub.storage.consumption;

import io.meterhub.cabinet.consumption.ConsumptionBucket;
import io.meterhub.cabinet.consumption.ConsumptionQueries;
import io.meterhub.protocols.consumption.Granularity;
import io.meterhub.protocols.consumption.LocalHour;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** {@link ConsumptionQueries} over JDBC. */
public final class JdbcConsumptionQueries implements ConsumptionQueries {
    private final DataSource dataSource;

    public JdbcConsumptionQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ConsumptionBucket> hoursOfDay(String meterId, LocalDate day) {
        try {
            MeterCalendar meter = meter(meterId);
            return aggregate(meter, Granularity.HOUR, day.atStartOfDay(meter.zone).toInstant(),
                    day.plusDays(1).atStartOfDay(meter.zone).toInstant());
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<ConsumptionBucket> hours(String meterId, Instant from, Instant to) {
        try {
            return aggregate(meter(meterId), Granularity.HOUR, from, to);
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<ConsumptionBucket> daysOfMonth(String meterId, YearMonth month) {
        try {
            MeterCalendar meter = meter(meterId);
            return aggregate(meter, Granularity.DAY, month.atDay(1).atStartOfDay(meter.zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(meter.zone).toInstant());
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<ConsumptionBucket> monthsOfYear(String meterId, Year year) {
        try {
            MeterCalendar meter = meter(meterId);
            return aggregate(meter, Granularity.MONTH, year.atDay(1).atStartOfDay(meter.zone).toInstant(),
                    year.plusYears(1).atDay(1).atStartOfDay(meter.zone).toInstant());
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<ConsumptionBucket> aggregate(MeterCalendar meter, Granularity granularity, Instant from, Instant to) throws SQLException {
        // hours by their UTC start: the two hours a local day repeats when the clock is set back stay apart
        boolean hours = granularity == Granularity.HOUR;
        String period = hours ? "hour_start" : "date_trunc('" + sqlUnit(granularity) + "', hour_start AT TIME ZONE ?)";
        String sql = "SELECT " + period + " AS period_start, zone, sum(kwh) "
                + "FROM hourly_consumption WHERE meter_id = ? AND obis = ANY (?) AND hour_start >= ? AND hour_start < ? "
                + "GROUP BY 1, 2 ORDER BY 1, 2";
        List<ConsumptionBucket> buckets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (!hours) {
                statement.setString(parameter++, meter.zone.getId());
            }
            statement.setString(parameter++, meter.meterId);
            statement.setArray(parameter++, connection.createArrayOf("text", meter.zoneRegisters()));
            statement.setTimestamp(parameter++, Timestamp.from(from));
            statement.setTimestamp(parameter, Timestamp.from(to));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(hours ? hour(rows, meter.zone) : period(rows, meter.zone, granularity));
                }
            }
        }
        return buckets;
    }

    private static ConsumptionBucket hour(ResultSet rows, ZoneId zone) throws SQLException {
        LocalHour hour = LocalHour.at(rows.getObject(1, OffsetDateTime.class).toInstant(), zone);
        return new ConsumptionBucket(hour.start(), hour.local(), hour.label(), rows.getInt(2), rows.getDouble(3));
    }

    private static ConsumptionBucket period(ResultSet rows, ZoneId zone, Granularity granularity) throws SQLException {
        LocalDateTime local = rows.getObject(1, LocalDateTime.class);
        return new ConsumptionBucket(local.atZone(zone).toInstant(), local, label(granularity, local), rows.getInt(2), rows.getDouble(3));
    }

    private MeterCalendar meter(String meterId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT o.time_zone, m.tariff_registers FROM meter m JOIN organization o ON o.id = m.organization_id WHERE m.id = ?")) {
            statement.setString(1, meterId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NoSuchElementException("no meter " + meterId);
                }
                return new MeterCalendar(meterId, ZoneId.of(rows.getString(1)), rows.getInt(2));
            }
        }
    }

    private record MeterCalendar(String meterId, ZoneId zone, int tariffRegisters) {
        String[] zoneRegisters() {
            if (tariffRegisters == 0) {
                return new String[] {"1.8.0"};
            }
            String[] registers = new String[tariffRegisters];
            for (int t = 1; t <= tariffRegisters; t++) {
                registers[t - 1] = "1.8." + t;
            }
            return registers;
        }
    }

    private static String sqlUnit(Granularity granularity) {
        return granularity.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A day's or month's label ("2026-10-25", "2026-10"); hours are labelled by {@link LocalHour}. */
    private static String label(Granularity granularity, LocalDateTime local) {
        return switch (granularity) {
            case HOUR -> throw new IllegalStateException("an hour's label needs its instant: see LocalHour");
            case DAY -> local.toLocalDate().toString();
            case MONTH -> YearMonth.from(local).toString();
        };
    }
}
