package io.meterhub.stream.sink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rows each sink has stored, per JVM. On a mini cluster (the demo, the benchmark) this is how the
 * launcher sees the pipeline's progress without querying the tables it is filling; on a cluster
 * the same figures are Flink's numRecordsSend metrics.
 */
public final class SinkProgress {
    private static final Map<String, LongAdder> STORED = new ConcurrentHashMap<>();

    private SinkProgress() {
    }

    static void stored(String sink, long rows) {
        STORED.computeIfAbsent(sink, name -> new LongAdder()).add(rows);
    }

    public static long stored(String sink) {
        LongAdder adder = STORED.get(sink);
        return adder == null ? 0 : adder.sum();
    }
}
