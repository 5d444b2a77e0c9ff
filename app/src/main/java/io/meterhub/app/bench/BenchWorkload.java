package io.meterhub.app.bench;

import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.telemetry.UplinkDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's controllers uploading a backlog, the heavy case: each document carries all its
 * meters (the contract's batching) at one reading instant, and each round of documents is the next
 * 5-minute instant, starting 60 days ago. The moment each round starts being published is kept, so
 * that a row's publish-to-visible latency is its {@code received_at} minus its round's start.
 */
final class BenchWorkload {
    static final String[] REGISTERS = {"1.8.0", "1.8.1", "1.8.2", "1.8.3"};

    private final int controllers;
    private final int metersPerController;
    private final double[][] registers;
    private final TelemetryCodec codec = new TelemetryCodec();
    static final long INTERVAL_MS = 300_000;
    private final long firstInstant = (System.currentTimeMillis() / INTERVAL_MS - 60L * 24 * 12) * INTERVAL_MS;
    private final int[] rounds;
    private long[] roundPublishedAt = new long[1024];
    private long sequence;

    BenchWorkload(int meters, int metersPerController) {
        this.metersPerController = metersPerController;
        this.controllers = Math.max(1, meters / metersPerController);
        this.registers = new double[controllers * metersPerController][REGISTERS.length];
        this.rounds = new int[controllers];
        for (int meter = 0; meter < registers.length; meter++) {
            for (int r = 0; r < REGISTERS.length; r++) {
                registers[meter][r] = 1000 + meter % 977;
            }
        }
    }

    int controllers() {
        return controllers;
    }

    int meters() {
        return registers.length;
    }

    int readingsPerDocument() {
        return metersPerController * REGISTERS.length;
    }

    static String meterId(int meter) {
        return String.format("B-%06d", meter);
    }

    static String controllerId(int controller) {
        return String.format("BC-%04d", controller);
    }

    /** The next document of one controller: its meters at the controller's next reading instant. */
    byte[] next(int controller) {
        int round = rounds[controller]++;
        if (round >= roundPublishedAt.length) {
            roundPublishedAt = java.util.Arrays.copyOf(roundPublishedAt, round * 2);
        }
        if (roundPublishedAt[round] == 0) {
            roundPublishedAt[round] = System.currentTimeMillis();
        }
        long now = firstInstant + round * INTERVAL_MS;
        List<UplinkDocument.Sample> samples = new ArrayList<>(metersPerController);
        for (int i = 0; i < metersPerController; i++) {
            int meter = controller * metersPerController + i;
            Map<String, Double> values = new LinkedHashMap<>();
            double[] meterRegisters = registers[meter];
            for (int r = 0; r < REGISTERS.length; r++) {
                meterRegisters[r] += 0.001 * (1 + (meter + r) % 7);
                values.put(REGISTERS[r], Math.round(meterRegisters[r] * 1000) / 1000.0);
            }
            samples.add(new UplinkDocument.Sample(meterId(meter), now, values));
        }
        return codec.encode(new UplinkDocument(controllerId(controller), ++sequence, System.currentTimeMillis(), samples, List.of()));
    }

    /** Reading instant and the moment its round started being published, for every round begun. */
    long[][] rounds() {
        int count = 0;
        while (count < roundPublishedAt.length && roundPublishedAt[count] != 0) {
            count++;
        }
        long[][] pairs = new long[count][];
        for (int round = 0; round < count; round++) {
            pairs[round] = new long[] {firstInstant + round * INTERVAL_MS, roundPublishedAt[round]};
        }
        return pairs;
    }
}
