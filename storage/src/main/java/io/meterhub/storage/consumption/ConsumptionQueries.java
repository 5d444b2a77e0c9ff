package io.meterhub.storage.consumption;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A meter's consumption by local hour, day and month, split by tariff zone. Zones come from the
 * meter's own tariff registers when it has them (1.8.1..), otherwise from the 1.8.0 hours that the
 * pipeline labelled with the organization's schedule.
 */
public final class ConsumptionQueries {
    private final DataSource dataSource;

    public ConsumptionQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The hours of one local day (23, 24 or 25 of them where a time zone shifts). */
    public List<ConsumptionBucket> hoursOfDay(String meterId, LocalDate day) throws SQLException {
        MeterCalendar meter = meter(meterId);
        return aggregate(meter, Granularity.HOUR, day.atStartOfDay(meter.zone).toInstant(),
                day.plusDays(1).atStartOfDay(meter.zone).toInstant());
    }

    /** The local hours in [from, to), for a chart over any span (an anomaly's episode and the days around it). */
    public List<ConsumptionBucket> hours(String meterId, java.time.Instant from, java.time.Instant to) throws SQLException {
        return aggregate(meter(meterId), Granularity.HOUR, from, to);
    }

    public List<ConsumptionBucket> daysOfMonth(String meterId, YearMonth month) throws SQLException {
        MeterCalendar meter = meter(meterId);
        return aggregate(meter, Granularity.DAY, month.atDay(1).atStartOfDay(meter.zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(meter.zone).toInstant());
    }

    public List<ConsumptionBucket> monthsOfYear(String meterId, Year year) throws SQLException {
        MeterCalendar meter = meter(meterId);
        return aggregate(meter, Granularity.MONTH, year.atDay(1).atStartOfDay(meter.zone).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(meter.zone).toInstant());
    }

    private List<ConsumptionBucket> aggregate(MeterCalendar meter, Granularity granularity, java.time.Instant from,
                                              java.time.Instant to) throws SQLException {
        String sql = "SELECT date_trunc('" + granularity.sqlUnit + "', hour_start AT TIME ZONE ?) AS local_start, zone, sum(kwh) "
                + "FROM hourly_consumption WHERE meter_id = ? AND obis = ANY (?) AND hour_start >= ? AND hour_start < ? "
                + "GROUP BY 1, 2 ORDER BY 1, 2";
        List<ConsumptionBucket> buckets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, meter.zone.getId());
            statement.setString(2, meter.meterId);
            statement.setArray(3, connection.createArrayOf("text", meter.zoneRegisters()));
            statement.setTimestamp(4, Timestamp.from(from));
            statement.setTimestamp(5, Timestamp.from(to));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buckets.add(new ConsumptionBucket(rows.getTimestamp(1).toLocalDateTime(), rows.getInt(2), rows.getDouble(3)));
                }
            }
        }
        return buckets;
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
}
