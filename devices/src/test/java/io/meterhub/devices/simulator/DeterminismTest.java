package io.meterhub.devices.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-02T00:00:00Z";

    @Test
    void the_same_seed_gives_the_same_bytes() {
        Sent first = Sent.replay(new FleetSimulator(FleetSpec.defaults(), Faults.typical()), FROM, TO);
        Sent second = Sent.replay(new FleetSimulator(FleetSpec.defaults(), Faults.typical()), FROM, TO);
        assertThat(second.payloads).isEqualTo(first.payloads);
    }

    @Test
    void another_seed_gives_other_bytes() {
        Sent first = Sent.replay(new FleetSimulator(FleetSpec.defaults(), Faults.typical()), FROM, TO);
        Sent other = Sent.replay(new FleetSimulator(FleetSpec.defaults().withSeed(7), Faults.typical()), FROM, TO);
        assertThat(other.payloads).isNotEqualTo(first.payloads);
    }

    @Test
    void replaying_a_range_in_pieces_gives_the_same_truth_as_in_one_go() {
        FleetSimulator whole = new FleetSimulator(FleetSpec.defaults(), Faults.none().withEvents(0.01));
        Sent.replay(whole, FROM, TO);
        FleetSimulator pieces = new FleetSimulator(FleetSpec.defaults(), Faults.none().withEvents(0.01));
        Sent piecesSent = Sent.replay(pieces, FROM, "2026-03-01T10:00:00Z");
        pieces.replay(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse(TO), piecesSent);
        assertThat(pieces.truth().hourly()).isEqualTo(whole.truth().hourly());
        assertThat(pieces.truth().events()).isEqualTo(whole.truth().events());
    }

    @Test
    void the_simulator_refuses_to_go_back_in_time() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        Sent.replay(simulator, FROM, TO);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sent.replay(simulator, FROM, TO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only moves forward");
    }
}
