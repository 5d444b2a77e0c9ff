package io.meterhub.storage.cabinet.telemetry;

import io.meterhub.cabinet.telemetry.DayZoneSum;
import io.meterhub.cabinet.telemetry.EventRow;
import io.meterhub.cabinet.telemetry.RegisterSample;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@link TelemetryRepository} over JDBC. */
public final class JdbcTelemetryRepository implements TelemetryRepository {
    private final DataSource dataSource;

    public JdbcTelemetryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<EventRow> events(List<String> meterIds, Instant from, Instant to) {
        return Jdbc.list(dataSource, "SELECT meter_id, ts, code, details::text FROM meter_event WHERE meter_id = ANY (?) AND ts >= ? AND ts < ? "
                        + "ORDER BY ts, code", row -> new EventRow(row.getString(1), Jdbc.instant(row, "ts"), row.getString(3), row.getString(4)),
                meterIds.toArray(String[]::new), from, to);
    }

    @Override
    public List<EventRow> lastEvents(List<String> meterIds, int limit) {
        return Jdbc.list(dataSource, "SELECT meter_id, ts, code, details::text FROM meter_event WHERE meter_id = ANY (?) ORDER BY ts DESC LIMIT ?",
                row -> new EventRow(row.getString(1), Jdbc.instant(row, "ts"), row.getString(3), row.getString(4)),
                meterIds.toArray(String[]::new), limit);
    }

    @Override
    public Optional<Integer> tariffRegisters(String meterId) {
        return Jdbc.one(dataSource, "SELECT tariff_registers FROM meter WHERE id = ?", row -> row.getInt(1), meterId);
    }

    @Override
    public List<DayZoneSum> dailyByZone(String meterId, String[] registers, ZoneId zone, Instant from, Instant to) {
        return Jdbc.list(dataSource, "SELECT (hour_start AT TIME ZONE ?)::date AS day, zone, sum(kwh) FROM hourly_consumption "
                        + "WHERE meter_id = ? AND obis = ANY (?) AND hour_start >= ? AND hour_start < ? GROUP BY 1, 2 ORDER BY 1, 2",
                row -> new DayZoneSum(Jdbc.date(row, "day"), row.getInt(2), row.getDouble(3)), zone.getId(), meterId, registers, from, to);
    }

    @Override
    public OptionalDouble sum(String meterId, String[] registers, int zone, Instant from, Instant to) {
        return Jdbc.one(dataSource, "SELECT sum(kwh), count(*) FROM hourly_consumption WHERE meter_id = ? AND obis = ANY (?) "
                        + "AND (? = 0 OR zone = ?) AND hour_start >= ? AND hour_start < ?",
                row -> row.getLong(2) == 0 ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(1)),
                meterId, registers, zone, zone, from, to).orElse(OptionalDouble.empty());
    }

    @Override
    public Optional<RegisterSample> sampleBefore(String meterId, String obis, Instant at, Instant notBefore) {
        return Jdbc.one(dataSource, "SELECT ts, value FROM raw_reading WHERE meter_id = ? AND obis = ? AND ts <= ? AND ts >= ? ORDER BY ts DESC LIMIT 1",
                row -> new RegisterSample(Jdbc.instant(row, "ts"), row.getDouble(2)), meterId, obis, at, notBefore);
    }

    @Override
    public Optional<RegisterSample> sampleAfter(String meterId, String obis, Instant at, Instant notAfter) {
        return Jdbc.one(dataSource, "SELECT ts, value FROM raw_reading WHERE meter_id = ? AND obis = ? AND ts >= ? AND ts <= ? ORDER BY ts LIMIT 1",
                row -> new RegisterSample(Jdbc.instant(row, "ts"), row.getDouble(2)), meterId, obis, at, notAfter);
    }
}
