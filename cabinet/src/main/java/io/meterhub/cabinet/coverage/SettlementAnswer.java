package io.meterhub.cabinet.coverage;

import java.util.List;

/**
 * The answer to "is my settlement served?": the query as typed, and the areas that list it (none: not served).
 * A query that is empty once the prefixes are dropped has no answer at all ({@link #asked()} false).
 */
public record SettlementAnswer(String query, boolean asked, List<SettlementMatch> matches) {
    public SettlementAnswer {
        matches = List.copyOf(matches);
    }

    public boolean served() {
        return !matches.isEmpty();
    }
}
