package io.meterhub.app.demo;

import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.LoadCurves;
import io.meterhub.devices.simulator.SimulatedMeter;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.TelemetryWriter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A year of hourly consumption for a few smart meters, as a utility would import it from its old
 * metering system when it moves to Meterhub, so that the demo's charts and bills have a past. The
 * pipeline takes over from the hour where the replayed live data begins.
 */
public final class HistoryBackfill {
    private HistoryBackfill() {
    }

    /** @return hourly rows written */
    public static int write(DataSource dataSource, FleetSimulator fleet, List<String> meterIds, Instant from, Instant to) throws SQLException {
        ZoneId zone = fleet.spec().zone();
        TariffZoneSchedule schedule = fleet.spec().schedule();
        long hour = 3_600_000L;
        long start = Math.floorDiv(from.toEpochMilli(), hour) * hour;
        long end = Math.floorDiv(to.toEpochMilli(), hour) * hour;
        int written = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (SimulatedMeter meter : fleet.fleet().simulatedMeters()) {
                if (!meterIds.contains(meter.meterId())) {
                    continue;
                }
                List<HourlyConsumption> rows = new ArrayList<>();
                for (long t = start; t < end; t += hour) {
                    LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(t + hour / 2), zone);
                    double kwh = Math.round(LoadCurves.kw(meter.profile(), local) * meter.scale() * 1000) / 1000.0;
                    int hourZone = schedule.zoneAt(LocalDateTime.ofInstant(Instant.ofEpochMilli(t), zone).getHour());
                    rows.add(new HourlyConsumption(meter.meterId(), "1.8.0", t, kwh, hourZone, true));
                    if (meter.tariffRegisters() > 0) {
                        rows.add(new HourlyConsumption(meter.meterId(), "1.8." + hourZone, t, kwh, hourZone, true));
                    }
                    if (rows.size() >= 20_000) {
                        written += TelemetryWriter.upsertHourly(connection, rows);
                        rows.clear();
                    }
                }
                written += TelemetryWriter.upsertHourly(connection, rows);
            }
        }
        return written;
    }
}
