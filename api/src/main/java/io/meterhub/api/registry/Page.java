package io.meterhub.api.registry;

import java.util.List;

/** A page of a registry list; {@code nextCursor} is null on the last one. */
public record Page<T>(List<T> items, String nextCursor) {
}
