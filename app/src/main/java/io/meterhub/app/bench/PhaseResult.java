package io.meterhub.app.bench;

/** What one contender achieved: sustained readings per second and publish-to-visible latency. */
record PhaseResult(String name, long readings, double seconds, double p50Ms, double p95Ms, double p99Ms) {

    double readingsPerSecond() {
        return readings / seconds;
    }

    String line() {
        return String.format("%-9s %,12d readings in %6.1f s = %,10.0f readings/s%s", name, readings, seconds, readingsPerSecond(),
                Double.isNaN(p50Ms) ? "" : String.format("   publish->visible p50 %,.0f ms, p95 %,.0f ms, p99 %,.0f ms", p50Ms, p95Ms, p99Ms));
    }
}
