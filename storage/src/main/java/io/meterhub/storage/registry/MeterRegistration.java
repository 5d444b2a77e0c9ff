package io.meterhub.storage.registry;

import io.meterhub.protocols.meter.MeterInfo;

/** A meter as the utility registers it: what the pipeline needs plus who reads it and what it is. */
public record MeterRegistration(MeterInfo info, String controllerId, String model, String serial) {
}
