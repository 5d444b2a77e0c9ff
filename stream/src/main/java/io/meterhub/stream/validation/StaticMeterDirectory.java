package io.meterhub.stream.validation;

import io.meterhub.protocols.meter.MeterInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A fixed set of meters: for operator tests and for jobs whose registry is given up front. */
public final class StaticMeterDirectory implements MeterDirectory {
    private final HashMap<String, MeterInfo> meters = new HashMap<>();

    public StaticMeterDirectory(List<MeterInfo> meters) {
        meters.forEach(meter -> this.meters.put(meter.meterId(), meter));
    }

    @Override
    public void open() {
    }

    @Override
    public MeterInfo find(String meterId) {
        return meters.get(meterId);
    }

    public Map<String, MeterInfo> asMap() {
        return Map.copyOf(meters);
    }
}
