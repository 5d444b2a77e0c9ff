package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.DecodedUplink;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFaultsTest {
    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-03T00:00:00Z";

    @Test
    void duplicates_shuffling_and_late_documents_change_the_order_but_not_the_truth() {
        FleetSimulator clean = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        FleetSimulator faulty = new FleetSimulator(FleetSpec.defaults(),
                Faults.none().withDelivery(0.2, 4, 0.1, Duration.ofHours(3)));
        Sent cleanSent = Sent.replay(clean, FROM, TO);
        Sent faultySent = Sent.replay(faulty, FROM, TO);

        assertThat(faulty.truth().hourly()).isEqualTo(clean.truth().hourly());
        assertThat(faulty.truth().expectedReadings()).isEqualTo(clean.truth().expectedReadings());
        assertThat(new HashSet<>(faultySent.payloads)).isEqualTo(new HashSet<>(cleanSent.payloads));
        assertThat(faultySent.payloads).isNotEqualTo(cleanSent.payloads);
        assertThat(faulty.truth().duplicatesSent()).isPositive();
        assertThat(faultySent.payloads).hasSize(cleanSent.payloads.size() + (int) faulty.truth().duplicatesSent());
        assertThat(faulty.truth().payloadsSent()).isEqualTo(faultySent.payloads.size());
    }

    @Test
    void late_documents_arrive_hours_after_newer_ones() {
        FleetSimulator faulty = new FleetSimulator(FleetSpec.defaults(),
                Faults.none().withDelivery(0, 0, 0.05, Duration.ofHours(3)));
        Sent sent = Sent.replay(faulty, FROM, TO);
        long newestSoFar = Long.MIN_VALUE;
        long largestLag = 0;
        for (Outgoing outgoing : sent.payloads) {
            long instant = Sent.earliestTimestamp(Sent.decode(outgoing));
            largestLag = Math.max(largestLag, newestSoFar - instant);
            newestSoFar = Math.max(newestSoFar, instant);
        }
        assertThat(faulty.truth().lateSent()).isPositive();
        assertThat(Duration.ofMillis(largestLag)).isGreaterThanOrEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_shuffled_window_sends_some_meter_readings_out_of_time_order() {
        FleetSimulator faulty = new FleetSimulator(FleetSpec.defaults(), Faults.none().withDelivery(0, 4, 0, Duration.ZERO));
        Sent sent = Sent.replay(faulty, FROM, TO);
        long previous = Long.MIN_VALUE;
        int backwards = 0;
        for (Outgoing outgoing : sent.payloads) {
            if (!outgoing.controllerId().equals("CTL-0001")) {
                continue;
            }
            DecodedUplink decoded = Sent.decode(outgoing);
            long instant = Sent.earliestTimestamp(decoded);
            backwards += instant < previous ? 1 : 0;
            previous = instant;
        }
        assertThat(backwards).isPositive();
    }
}
