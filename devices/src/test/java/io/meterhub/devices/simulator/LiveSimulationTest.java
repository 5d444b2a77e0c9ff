package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.Reading;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveSimulationTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void each_tick_reads_the_fleet_at_the_clock_and_fills_the_current_hour() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T15:20:00.400Z"));
        Sent sent = new Sent();
        try (LiveSimulation live = simulator.live(Duration.ofSeconds(10), clock, sent)) {
            assertThat(live.step()).isTrue();
            assertThat(live.step()).as("the same second is not read twice").isFalse();
            clock.advance(Duration.ofSeconds(10));
            assertThat(live.step()).isTrue();
            clock.advance(Duration.ofSeconds(10));
            assertThat(live.step()).isTrue();
        }
        assertThat(sent.payloads).hasSize(3 * 4);
        assertThat(sent.decodedDistinct().stream().flatMap(d -> d.readings().stream()).map(Reading::timestamp).distinct())
                .containsExactly(Instant.parse("2026-03-02T15:20:00Z").toEpochMilli(),
                        Instant.parse("2026-03-02T15:20:10Z").toEpochMilli(),
                        Instant.parse("2026-03-02T15:20:20Z").toEpochMilli());
        long hour = Instant.parse("2026-03-02T15:00:00Z").toEpochMilli();
        assertThat(simulator.truth().kwh("M-0001-001", "1.8.0", hour)).isPositive();
    }

    @Test
    void a_started_live_run_publishes_until_closed() throws InterruptedException {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults().withSize(1, 2), Faults.none());
        Sent sent = new Sent();
        java.util.List<Outgoing> received = java.util.Collections.synchronizedList(sent.payloads);
        LiveSimulation live = simulator.live(Duration.ofSeconds(1), Clock.systemUTC(), received::add).start();
        Thread.sleep(300);
        live.close();
        assertThat(received).isNotEmpty();
    }

    @Test
    void a_tick_below_one_second_is_refused() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        assertThatThrownBy(() -> simulator.live(Duration.ofMillis(100), Clock.systemUTC(), o -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
