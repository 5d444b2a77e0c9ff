package io.meterhub.cabinet.readings;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Operators decide the readings that went to review in their organization. */
public final class OperatorReviewService {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorReviewService.class);
    private final AccessPolicy access;
    private final ManualReadingRepository readings;
    private final Clock clock;

    public OperatorReviewService(AccessPolicy access, ManualReadingRepository readings, Clock clock) {
        this.access = access;
        this.readings = readings;
        this.clock = clock;
    }

    public List<FlaggedReading> flagged(Viewer operator) {
        access.requireStaff(operator);
        return readings.underReview(operator.organizationId()).stream()
                .map(row -> new FlaggedReading(ReadingView.of(row.reading()), row.accountId(), row.accountNumber(), row.meterSerial(),
                        row.serviceCode(), readings.lastAccepted(row.reading().accountMeterId(), row.reading().zone())
                        .map(ReadingRow::value).orElse(null)))
                .toList();
    }

    public ReadingView accept(Viewer operator, long readingId) {
        return decide(operator, readingId, ReadingStatus.ACCEPTED, null);
    }

    /** @param reason shown to the customer, required */
    public ReadingView reject(Viewer operator, long readingId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("review.reason_required");
        }
        return decide(operator, readingId, ReadingStatus.REJECTED, reason.trim());
    }

    private ReadingView decide(Viewer operator, long readingId, ReadingStatus status, String reason) {
        access.requireStaff(operator);
        ReadingRow reading = access.reading(operator, readingId);
        if (!ReadingStatus.UNDER_REVIEW.name().equals(reading.status())
                || !readings.decide(readingId, status.name(), reason, operator.userId(), clock.instant())) {
            throw new ValidationException("review.not_pending");
        }
        LOG.info("reading {} {} by user {}", readingId, status, operator.userId());
        return ReadingView.of(readings.reading(readingId).orElseThrow());
    }
}
