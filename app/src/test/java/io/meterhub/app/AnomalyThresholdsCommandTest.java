package io.meterhub.app;

import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.anomaly.ThresholdField;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnomalyThresholdsCommandTest {
    private static Database database;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void organizations() throws Exception {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase("anomaly_cli")));
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        for (String org : List.of("ORG-SET", "ORG-BAD", "ORG-SHOW")) {
            registry.saveOrganization(new Organization(org, org, "GRID_COMPANY", ZoneId.of("Europe/Samara"), TariffZoneSchedule.SINGLE_ZONE));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private int set(String org, String... assignments) throws Exception {
        return AnomalyThresholdsCommand.set(database.dataSource(), org, List.of(assignments), "admin.petrov", print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void set_saves_the_values_with_who_and_shows_which_are_the_organizations_own() throws Exception {
        assertThat(set("ORG-SET", "spikeFactor=4", "zeroMinHours=8")).isZero();

        assertThat(new AnomalyThresholdRepository(database.dataSource()).find("ORG-SET").orElseThrow().values())
                .containsExactlyInAnyOrderEntriesOf(Map.of(ThresholdField.SPIKE_FACTOR, 4.0, ThresholdField.ZERO_MIN_HOURS, 8.0));
        assertThat(printed()).contains("anomaly thresholds of ORG-SET (set by admin.petrov at ")
                .containsPattern("spikeFactor +4 +\\(organization\\)")
                .containsPattern("zeroMinHours +8 +\\(organization\\)")
                .containsPattern("spikeSigmas +4 +\\(default\\)")
                .containsPattern("voltageMin +207 +\\(default\\)");

        assertThat(set("ORG-SET", "spikeFactor=default")).isZero();
        assertThat(new AnomalyThresholdRepository(database.dataSource()).find("ORG-SET").orElseThrow().values())
                .containsOnlyKeys(ThresholdField.ZERO_MIN_HOURS);
    }

    @Test
    void an_invalid_set_names_the_organization_and_the_problem_and_saves_nothing() throws Exception {
        assertThat(set("ORG-BAD", "zeroMinHours=8", "voltageMin=260")).isEqualTo(2);

        assertThat(errors()).startsWith("ORG-BAD: nothing saved, invalid anomaly thresholds: the voltage band must be 0 < minimum < maximum, got 260.0..253.0 V");
        assertThat(new AnomalyThresholdRepository(database.dataSource()).find("ORG-BAD")).isEmpty();
    }

    @Test
    void an_unknown_name_or_organization_is_refused_clearly() throws Exception {
        assertThat(set("ORG-BAD", "spikeFactr=4")).isEqualTo(2);
        assertThat(errors()).contains("\"spikeFactr=4\" is not name=value with a name among spikeFactor, spikeSigmas");

        assertThat(set("ORG-NOWHERE", "spikeFactor=4")).isEqualTo(2);
        assertThat(errors()).contains("there is no organization \"ORG-NOWHERE\"");
    }

    @Test
    void show_lists_every_threshold_as_the_default_for_an_organization_that_set_none() throws Exception {
        assertThat(AnomalyThresholdsCommand.show(database.dataSource(), "ORG-SHOW", print(out), print(err))).isZero();

        assertThat(printed()).startsWith("anomaly thresholds of ORG-SHOW (all defaults)");
        assertThat(printed().lines().filter(line -> line.endsWith("(default)"))).hasSize(ThresholdField.values().length);
    }
}
