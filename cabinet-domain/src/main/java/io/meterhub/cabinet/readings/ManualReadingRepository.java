package io.meterhub.cabinet.readings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Manual readings by meter and zone; "last" always means the latest taken_on, then the latest id. */
public interface ManualReadingRepository {
    Optional<ReadingRow> reading(long id);

    Optional<ReadingRow> lastAccepted(long meterId, int zone);

    /** The last accepted reading taken before the day (exclusive). */
    Optional<ReadingRow> lastAcceptedBefore(long meterId, int zone, LocalDate day);

    /** Accepted readings of a zone in taking order, oldest first. */
    List<ReadingRow> accepted(long meterId, int zone);

    /** Every reading of a meter, newest first: the history the customer sees. */
    List<ReadingRow> history(long meterId);

    /** Stores the readings of one submission together and, when one of them used a confirmed replacement, clears it. */
    List<Long> insertAll(List<NewReading> readings, boolean clearReplacementConfirmation);

    List<FlaggedReadingRow> underReview(String organizationId);

    /** Decides a reading still under review; false when someone else decided it first. */
    boolean decide(long readingId, String status, String reason, long reviewerId, Instant at);
}
