package io.meterhub.api.registry;

import io.meterhub.cabinet.registry.Meter;

import java.util.List;

/** A page of meters; {@code nextCursor} is null on the last one. */
public record MeterPage(List<Meter> items, String nextCursor) {
}
