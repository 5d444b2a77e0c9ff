package io.meterhub.cabinet.readings;

import java.util.List;

/** The readings stored by one submission, one per zone, each accepted or under review. */
public record SubmissionResult(List<ReadingView> readings) {
    public boolean anyUnderReview() {
        return readings.stream().anyMatch(r -> r.status() == ReadingStatus.UNDER_REVIEW);
    }
}
