package io.meterhub.app.bench;

import io.meterhub.stream.consumption.Hours;
import io.meterhub.stream.consumption.RegisterSeries;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The pipeline's keyed state for a fleet, built the way the hourly-consumption operator keeps it:
 * one series per meter and energy register holding the readings of the recomputation horizon.
 * Prints the heap it takes and its size in a checkpoint.
 */
public final class StateBench {
    private StateBench() {
    }

    public static String run(int meters, int registers, Duration interval, Duration horizon, PrintStream out) throws IOException {
        RegisterSeries[] state = new RegisterSeries[meters * registers];
        long before = usedHeap();
        long start = Hours.floor(System.currentTimeMillis()) - horizon.toMillis() * 2;
        long end = start + horizon.toMillis() * 2;
        for (int key = 0; key < state.length; key++) {
            RegisterSeries series = new RegisterSeries();
            double value = 1000 + key % 977;
            for (long t = start + (key % 60) * 1000L; t < end; t += interval.toMillis()) {
                value += 0.05;
                series.insert(series.size, t, value);
                series.prune(horizon.toMillis());
            }
            state[key] = series;
            if ((key + 1) % (state.length / 10) == 0) {
                out.printf("  built %,d of %,d register series%n", key + 1, state.length);
            }
        }
        long heap = usedHeap() - before;
        TypeSerializer<RegisterSeries> serializer = TypeInformation.of(RegisterSeries.class).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer buffer = new DataOutputSerializer(4096);
        long serialized = 0;
        for (RegisterSeries series : state) {
            buffer.clear();
            serializer.serialize(series, buffer);
            serialized += buffer.length();
        }
        double perMeter = (double) heap / meters;
        String last = String.format("state: %,d meters x %d registers, %d readings each (%s horizon, %s interval): heap %,.0f MB (%,.0f bytes/meter), "
                        + "checkpoint %,.0f MB; per 100,000 meters heap %,.0f MB, checkpoint %,.0f MB",
                meters, registers, state[0].size, horizon, interval, heap / 1e6, perMeter, serialized / 1e6,
                perMeter * 100_000 / 1e6, (double) serialized / meters * 100_000 / 1e6);
        out.println(last);
        return last;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
