package io.meterhub.app.anomaly;

/** An anomaly row as the pipeline left it; {@code end} is {@link Long#MAX_VALUE} while it is ongoing. */
public record FoundAnomaly(long id, String meterId, String kind, long start, long end, String severity) {
}
