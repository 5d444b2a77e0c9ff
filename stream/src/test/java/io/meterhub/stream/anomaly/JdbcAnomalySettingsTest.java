package io.meterhub.stream.anomaly;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.anomaly.ThresholdField;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcAnomalySettingsTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private Database database;
    private StorageConfig storage;
    private AnomalyThresholdRepository repository;

    @BeforeEach
    void organizations() throws Exception {
        storage = StorageConfig.of(TestServices.freshDatabase("anomaly_settings"));
        database = Database.open(storage);
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        for (String org : List.of("ORG-A", "ORG-B", "ORG-C")) {
            registry.saveOrganization(new Organization(org, "Grid " + org, "GRID_COMPANY", SAMARA, TariffZoneSchedule.SINGLE_ZONE));
        }
        registry.saveMeters(List.of(new MeterRegistration(new MeterInfo("M-SUN", "ORG-A", SAMARA, TariffZoneSchedule.singleZone(), 6, 0, 900),
                null, "test", "M-SUN")));
        repository = new AnomalyThresholdRepository(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** As the job ships it to a task manager. */
    private static JdbcAnomalySettings shipped(JdbcAnomalySettings settings) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (JdbcAnomalySettings) in.readObject();
        }
    }

    @Test
    void each_organization_gets_its_own_thresholds_over_the_defaults() throws Exception {
        repository.save("ORG-A", Map.of(ThresholdField.SPIKE_FACTOR, 4.0, ThresholdField.ZERO_MIN_HOURS, 8.0), "admin");
        repository.save("ORG-B", Map.of(ThresholdField.VOLTAGE_MIN, 198.0, ThresholdField.VOLTAGE_MIN_MINUTES, 1.5), "admin");
        repository.setGeneration(List.of("M-SUN"), true);

        JdbcAnomalySettings settings = shipped(new JdbcAnomalySettings(storage, Duration.ofMinutes(5)));
        settings.open();

        assertThat(settings.thresholds("ORG-A")).isEqualTo(AnomalyThresholds.builder().spikeFactor(4).zeroMinHours(8).build());
        assertThat(settings.thresholds("ORG-B")).isEqualTo(AnomalyThresholds.builder().voltageBand(198, 253)
                .voltageMinDuration(Duration.ofSeconds(90)).build());
        assertThat(settings.thresholds("ORG-C")).isEqualTo(AnomalyThresholds.defaults());
        assertThat(settings.hasGeneration("M-SUN")).isTrue();
        assertThat(settings.hasGeneration("M-OTHER")).isFalse();
    }

    @Test
    void invalid_thresholds_of_one_organization_give_it_the_defaults_and_leave_the_others_alone() throws Exception {
        // written past the CLI's validation, as a hand-made UPDATE would
        repository.save("ORG-A", Map.of(ThresholdField.SPIKE_FACTOR, 0.5, ThresholdField.VOLTAGE_MIN, 260.0), "someone");
        repository.save("ORG-B", Map.of(ThresholdField.SPIKE_FACTOR, 5.0), "admin");

        JdbcAnomalySettings settings = new JdbcAnomalySettings(storage, Duration.ofMinutes(5));
        settings.open();

        assertThat(settings.thresholds("ORG-A")).isEqualTo(AnomalyThresholds.defaults());
        assertThat(settings.thresholds("ORG-B").spikeFactor()).isEqualTo(5.0);
    }

    @Test
    void a_change_reaches_the_running_settings_after_the_refresh_interval() throws Exception {
        JdbcAnomalySettings settings = new JdbcAnomalySettings(storage, Duration.ofMillis(200));
        settings.open();
        assertThat(settings.thresholds("ORG-C").zeroMinHours()).isEqualTo(6);

        repository.save("ORG-C", Map.of(ThresholdField.ZERO_MIN_HOURS, 12.0), "admin");
        repository.setGeneration(List.of("M-SUN"), true);
        Thread.sleep(300);

        assertThat(settings.thresholds("ORG-C").zeroMinHours()).isEqualTo(12);
        assertThat(settings.hasGeneration("M-SUN")).isTrue();
    }

    @Test
    void thresholds_round_trip_through_their_stored_form() {
        AnomalyThresholds custom = AnomalyThresholds.builder().spikeFactor(3.5).spikeSigmas(2).baselineMinWeeks(2).gapToleranceIntervals(6)
                .voltageBand(200, 250).voltageMinDuration(Duration.ofMinutes(20)).maxCurrentAmps(60).phases(1).build();

        assertThat(ThresholdOverrides.apply(AnomalyThresholds.defaults(), ThresholdOverrides.values(custom))).isEqualTo(custom);
    }
}
