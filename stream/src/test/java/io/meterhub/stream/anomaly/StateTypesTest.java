package io.meterhub.stream.anomaly;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyed state is serialized as Flink POJOs, never through Kryo: it survives restarts and evolves with its classes. */
class StateTypesTest {

    @ParameterizedTest
    @ValueSource(classes = {HourOfWeekBaseline.class, SpikeDetector.class, SustainedZeroDetector.class, ReadingDetectors.class,
            DataGapDetector.class, ReverseEnergyDetector.class, RegisterJumpDetector.class, VoltageDetector.class,
            TamperEventDetector.class, EpisodeTracker.class, PendingReadings.class, PendingEvents.class,
            io.meterhub.stream.consumption.IntervalSeries.class})
    void every_state_class_is_a_flink_pojo(Class<?> type) {
        assertThat(TypeInformation.of(type)).isInstanceOf(PojoTypeInfo.class);
    }
}
