package io.meterhub.stream.validation;

import io.meterhub.protocols.meter.MeterInfo;

import java.io.Serializable;

/**
 * The registered meters, as operators see them. Serializable because it travels inside the
 * operators to task managers; {@link #open()} runs there, before the first lookup, and
 * {@link #close()} when the operator closes (a restart opens a new one).
 */
public interface MeterDirectory extends Serializable {

    void open() throws Exception;

    /** The meter, or null when no such meter is registered. */
    MeterInfo find(String meterId);

    /**
     * The meter, read again from the registry when it is not known here yet. For an item that
     * another operator has already found registered, or a held item replayed because its meter
     * was registered: this copy may be a moment behind.
     */
    default MeterInfo findFresh(String meterId) {
        return find(meterId);
    }

    default void close() {
    }
}
