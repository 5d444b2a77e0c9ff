package io.meterhub.stream.anomaly;

import java.util.Arrays;

/**
 * The events of one meter at one moment, held until the watermark passes it. The same code twice
 * at the same moment is one event. A Flink POJO for keyed MapState.
 */
public class PendingEvents {
    public String[] codes = new String[2];
    public String[] details = new String[2];
    public int size;

    public PendingEvents() {
    }

    public void add(String code, String detail) {
        for (int i = 0; i < size; i++) {
            if (codes[i].equals(code)) {
                return;
            }
        }
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            details = Arrays.copyOf(details, size * 2);
        }
        codes[size] = code;
        details[size] = detail;
        size++;
    }
}
