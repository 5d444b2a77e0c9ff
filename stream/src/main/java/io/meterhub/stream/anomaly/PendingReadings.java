package io.meterhub.stream.anomaly;

import java.util.Arrays;

/**
 * The register values of one meter at one moment, held until the watermark passes it so the
 * detectors see every meter's readings in event-time order. The first value of a register wins
 * (a duplicate changes nothing). A Flink POJO for keyed MapState.
 */
public class PendingReadings {
    public String[] registers = new String[4];
    public double[] values = new double[4];
    public int size;

    public PendingReadings() {
    }

    public void add(String register, double value) {
        for (int i = 0; i < size; i++) {
            if (registers[i].equals(register)) {
                return;
            }
        }
        if (size == registers.length) {
            registers = Arrays.copyOf(registers, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        registers[size] = register;
        values[size] = value;
        size++;
    }
}
