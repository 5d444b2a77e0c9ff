package io.meterhub.stream.validation;

import io.meterhub.protocols.meter.MeterInfo;

import java.io.Serializable;

/**
 * The registered meters, as operators see them. Serializable because it travels inside the
 * operators to task managers; {@link #open()} runs there, before the first lookup.
 */
public interface MeterDirectory extends Serializable {

    void open() throws Exception;

    /** The meter, or null when no such meter is registered. */
    MeterInfo find(String meterId);
}
