package io.meterhub.devices.simulator;

/** One injected bad item (or whole bad document), counted once however often its document is sent. */
public record MalformedItem(MalformedKind kind, String controllerId, long instant, String description) {
}
