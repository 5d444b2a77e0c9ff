package io.meterhub.storage.cabinet.aiis;

import io.meterhub.cabinet.aiis.AiisRepository;
import io.meterhub.cabinet.aiis.MeasuringPoint;
import io.meterhub.cabinet.aiis.StoredInterval;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AiisRepository} over JDBC. */
public final class JdbcAiisRepository implements AiisRepository {
    private static final String POINTS = "SELECT p.code, p.channel, p.meter_id, p.obis, p.name, m.controller_id "
            + "FROM measuring_point p JOIN meter m ON m.id = p.meter_id WHERE p.organization_id = ? ";
    private final DataSource dataSource;

    public JdbcAiisRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<MeasuringPoint> measuringPoints(String organizationId, String afterCode, String afterChannel, int limit) {
        if (afterCode == null) {
            return Jdbc.list(dataSource, POINTS + "ORDER BY p.code, p.channel LIMIT ?", JdbcAiisRepository::point, organizationId, limit);
        }
        return Jdbc.list(dataSource, POINTS + "AND (p.code, p.channel) > (?, ?) ORDER BY p.code, p.channel LIMIT ?", JdbcAiisRepository::point,
                organizationId, afterCode, afterChannel, limit);
    }

    @Override
    public List<MeasuringPoint> measuringPoint(String organizationId, String code) {
        return Jdbc.list(dataSource, POINTS + "AND p.code = ? ORDER BY p.channel", JdbcAiisRepository::point, organizationId, code);
    }

    @Override
    public boolean ownsMeter(String organizationId, String meterId) {
        return Jdbc.one(dataSource, "SELECT count(*) > 0 FROM meter WHERE id = ? AND organization_id = ?", r -> r.getBoolean(1),
                meterId, organizationId).orElse(false);
    }

    @Override
    public Optional<String> upsertMeasuringPoint(String organizationId, MeasuringPoint point) {
        return Jdbc.inTransaction(dataSource, connection -> {
            Optional<String> taken = Jdbc.one(connection, "SELECT code || '/' || channel FROM measuring_point WHERE meter_id = ? AND obis = ? "
                    + "AND (organization_id, code, channel) <> (?, ?, ?)", r -> r.getString(1), point.meterId(), point.obis(), organizationId,
                    point.code(), point.channel());
            if (taken.isPresent()) {
                return Optional.empty();
            }
            Optional<MeasuringPoint> before = Jdbc.one(connection, POINTS + "AND p.code = ? AND p.channel = ?", JdbcAiisRepository::point,
                    organizationId, point.code(), point.channel());
            if (before.isPresent() && before.get().meterId().equals(point.meterId()) && before.get().obis().equals(point.obis())
                    && java.util.Objects.equals(before.get().name(), point.name())) {
                return Optional.of("unchanged");
            }
            Jdbc.update(connection, "INSERT INTO measuring_point (organization_id, code, channel, meter_id, obis, name) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (organization_id, code, channel) DO UPDATE SET meter_id = EXCLUDED.meter_id, obis = EXCLUDED.obis, "
                    + "name = EXCLUDED.name, updated_at = now()", organizationId, point.code(), point.channel(), point.meterId(), point.obis(),
                    point.name());
            return Optional.of(before.isPresent() ? "updated" : "created");
        });
    }

    @Override
    public Optional<String> fileAnswer(String organizationId, String senderInn, LocalDate day, long number) {
        return Jdbc.one(dataSource, "SELECT answer::text FROM aiis_80020_file WHERE organization_id = ? AND sender_inn = ? AND day = ? AND number = ?",
                r -> r.getString(1), organizationId, senderInn, day, number);
    }

    @Override
    public boolean recordFile(String organizationId, String senderInn, LocalDate day, long number, String answerJson) {
        return Jdbc.update(dataSource, "INSERT INTO aiis_80020_file (organization_id, sender_inn, day, number, answer) VALUES (?, ?, ?, ?, ?::jsonb) "
                + "ON CONFLICT DO NOTHING", organizationId, senderInn, day, number, answerJson) == 1;
    }

    @Override
    public List<StoredInterval> intervals(String meterId, String obis, Instant from, Instant to) {
        return Jdbc.list(dataSource, "SELECT interval_start, interval_end, energy, commercial FROM interval_energy "
                + "WHERE meter_id = ? AND obis = ? AND interval_start >= ? AND interval_start < ? ORDER BY interval_start",
                r -> new StoredInterval(r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant(), r.getBigDecimal(3), r.getBoolean(4)),
                meterId, obis, Timestamp.from(from), Timestamp.from(to));
    }

    @Override
    public Map<Instant, Double> hourly(String meterId, String obis, Instant from, Instant to) {
        Map<Instant, Double> hours = new LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT hour_start, kwh FROM hourly_consumption WHERE meter_id = ? AND obis = ? AND hour_start >= ? AND hour_start < ? "
                + "ORDER BY hour_start", r -> hours.put(r.getTimestamp(1).toInstant(), r.getDouble(2)), meterId, obis, Timestamp.from(from),
                Timestamp.from(to));
        return hours;
    }

    private static MeasuringPoint point(ResultSet row) throws SQLException {
        return new MeasuringPoint(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6));
    }
}
