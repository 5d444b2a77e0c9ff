package io.meterhub.cabinet.registry;

/** A registry item with the organization it belongs to: an integration may act for several (sub-organizations). */
public record Owned<T>(String organizationId, T item) {
}
