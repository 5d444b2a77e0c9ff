package io.meterhub.stream.e2e;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A controller switched on before its meter is registered: the meter's readings wait, and are
 * counted into consumption the moment the utility registers it; the registration reaches the running
 * pipeline by notification, well before the half-minute sweep. A meter's readings on another
 * controller's topic are quarantined with that reason.
 */
class UnknownMeterHoldEndToEndTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Samara");
    private static final MeterInfo NEW_METER = new MeterInfo("M-HELD-1", "ORG-H", ZONE, TariffZoneSchedule.singleZone(), 6, 0, 900, "CTL-H");

    @Test
    void readings_of_a_meter_registered_after_they_arrived_are_held_and_counted_on_its_registration() throws Exception {
        try (PipelineHarness pipeline = new PipelineHarness("e2e_unknown_meter_hold")) {
            pipeline.register("ORG-H", ZONE, TariffZoneSchedule.singleZone(), List.of());
            pipeline.start();

            // Two hours of quarter-hour readings, 0.5 kWh each, before anybody registered the meter.
            Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
            for (int k = 0; k <= 8; k++) {
                pipeline.publisher.publishRaw("CTL-H", document("M-HELD-1", first.plus(15L * k, ChronoUnit.MINUTES), 100 + 0.5 * k));
            }
            pipeline.publisher.flush();
            PipelineHarness.await("nine held samples", Duration.ofSeconds(30),
                    () -> pipeline.countQuietly("SELECT count(*) FROM held_reading WHERE meter_id = 'M-HELD-1'") == 9);
            assertThat(pipeline.count("SELECT count(*) FROM raw_reading")).isZero();
            assertThat(pipeline.count("SELECT count(*) FROM quarantine WHERE reason LIKE '%M-HELD-1%held, waiting for registration%'"))
                    .isPositive();

            long registeredAt = System.nanoTime();
            MeterRegistry registry = new MeterRegistry(pipeline.database.dataSource());
            registry.saveController("CTL-H", "ORG-H", "MQTT", "test controller");
            registry.saveMeters(List.of(new MeterRegistration(NEW_METER, "CTL-H", "test", "M-HELD-1")));

            PipelineHarness.await("the held readings stored", Duration.ofSeconds(20),
                    () -> pipeline.countQuietly("SELECT count(*) FROM raw_reading WHERE meter_id = 'M-HELD-1'") == 9);
            long tookMillis = (System.nanoTime() - registeredAt) / 1_000_000;
            pipeline.awaitHoursSettled();
            assertThat(sumKwh(pipeline)).isCloseTo(4.0, within(1e-9));
            assertThat(pipeline.count("SELECT count(*) FROM hourly_consumption WHERE meter_id = 'M-HELD-1'")).isEqualTo(2);
            assertThat(tookMillis).as("replayed on the registration's notification, not by the 30 s sweep").isLessThan(15_000);
            PipelineHarness.await("the replayed rows deleted after a checkpoint", Duration.ofSeconds(20),
                    () -> pipeline.countQuietly("SELECT count(*) FROM held_reading") == 0);

            // The meter is wired to CTL-H: the same meter on CTL-X's topic is refused, not counted.
            pipeline.publisher.publishRaw("CTL-X", document("M-HELD-1", first.plus(3, ChronoUnit.HOURS), 200));
            pipeline.publisher.flush();
            PipelineHarness.await("the foreign-topic reading quarantined", Duration.ofSeconds(20),
                    () -> pipeline.countQuietly("SELECT count(*) FROM quarantine WHERE source = 'meterhub/v1/CTL-X/up' "
                            + "AND reason LIKE '%belongs to controller \"CTL-H\"%controller \"CTL-X\"%'") == 1);
            assertThat(pipeline.count("SELECT count(*) FROM raw_reading WHERE meter_id = 'M-HELD-1'")).isEqualTo(9);
        }
    }

    private static double sumKwh(PipelineHarness pipeline) throws Exception {
        try (Connection connection = pipeline.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(sum(kwh), 0) FROM hourly_consumption WHERE meter_id = 'M-HELD-1'")) {
            rows.next();
            return rows.getDouble(1);
        }
    }

    private static byte[] document(String meter, Instant at, double kwh) {
        return ("{\"v\":1,\"readings\":[{\"meter\":\"" + meter + "\",\"ts\":\"" + at + "\",\"values\":{\"1.8.0\":" + kwh + "}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
