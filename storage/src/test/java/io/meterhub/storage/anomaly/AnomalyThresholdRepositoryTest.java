package io.meterhub.storage.anomaly;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnomalyThresholdRepositoryTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private static Database database;
    private static AnomalyThresholdRepository repository;

    @BeforeAll
    static void organizationsAndMeters() throws Exception {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase("anomaly_thresholds")));
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        for (String org : List.of("ORG-A", "ORG-B")) {
            registry.saveOrganization(new Organization(org, "Grid " + org, "GRID_COMPANY", SAMARA, TariffZoneSchedule.SINGLE_ZONE));
        }
        registry.saveMeters(List.of("M-1", "M-2", "M-3").stream().map(id -> new MeterRegistration(
                new MeterInfo(id, "ORG-A", SAMARA, TariffZoneSchedule.singleZone(), 6, 0, 900), null, "test", id)).toList());
        repository = new AnomalyThresholdRepository(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void an_organization_keeps_only_the_fields_it_set_with_who_set_them() throws Exception {
        repository.save("ORG-A", Map.of(ThresholdField.SPIKE_FACTOR, 4.5, ThresholdField.ZERO_MIN_HOURS, 8.0), "admin.ivanova");

        OrganizationThresholds own = repository.find("ORG-A").orElseThrow();
        assertThat(own.values()).containsExactlyInAnyOrderEntriesOf(Map.of(ThresholdField.SPIKE_FACTOR, 4.5, ThresholdField.ZERO_MIN_HOURS, 8.0));
        assertThat(own.updatedBy()).isEqualTo("admin.ivanova");
        assertThat(own.updatedAt()).isNotNull();
        assertThat(repository.find("ORG-B")).isEmpty();
    }

    @Test
    void saving_again_replaces_the_choices_and_a_field_left_out_is_the_default_again() throws Exception {
        repository.save("ORG-B", Map.of(ThresholdField.VOLTAGE_MIN, 200.0, ThresholdField.VOLTAGE_MIN_MINUTES, 2.5), "first");
        repository.save("ORG-B", Map.of(ThresholdField.VOLTAGE_MIN_MINUTES, 30.0), "second");

        OrganizationThresholds own = repository.loadAll().get("ORG-B");
        assertThat(own.values()).containsExactlyEntriesOf(Map.of(ThresholdField.VOLTAGE_MIN_MINUTES, 30.0));
        assertThat(own.updatedBy()).isEqualTo("second");
    }

    @Test
    void thresholds_of_an_unknown_organization_are_refused_by_name() {
        assertThatThrownBy(() -> repository.save("ORG-NONE", Map.of(), "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no organization \"ORG-NONE\"");
    }

    @Test
    void meters_are_marked_with_generation_and_back() throws Exception {
        assertThat(repository.setGeneration(List.of("M-1", "M-2", "M-UNKNOWN"), true)).isEqualTo(2);
        assertThat(repository.generationMeters()).containsExactlyInAnyOrder("M-1", "M-2");

        repository.setGeneration(List.of("M-2"), false);
        assertThat(repository.generationMeters()).containsExactly("M-1");
    }

    @Test
    void a_value_typed_for_a_whole_field_must_be_whole() {
        assertThat(ThresholdField.SPIKE_FACTOR.parse("3.5")).isEqualTo(3.5);
        assertThat(ThresholdField.byKey("zeroMinHours")).contains(ThresholdField.ZERO_MIN_HOURS);
        assertThatThrownBy(() -> ThresholdField.ZERO_MIN_HOURS.parse("6.5")).hasMessage("zeroMinHours must be a whole number, got \"6.5\"");
        assertThatThrownBy(() -> ThresholdField.SPIKE_FACTOR.parse("four")).hasMessage("spikeFactor must be a number, got \"four\"");
    }
}
