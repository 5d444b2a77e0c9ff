package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A booked visit to an office. It owns its rules: only a booked visit that has not begun is moved or cancelled; staff
 * mark it held once its day has come, missed once its time has begun. A held visit ({@link #heldAt}) is what a later
 * rating of the service refers to.
 *
 * @param markedBy the staff user who marked it held or missed, null before
 */
public record Visit(long id, long officeId, String officeName, String officeAddress, String organizationId, ZoneId zone, long customerUserId,
                    String customerName, long accountId, String accountNumber, AppealCategory topic, Instant startsAt, Instant endsAt,
                    VisitStatus status, Instant bookedAt, Instant cancelledAt, Instant heldAt, Instant missedAt, Instant remindedAt,
                    Long markedBy) {
    public static final String NOT_BOOKED = "visits.refused.not_booked";
    public static final String BEGUN = "visits.refused.begun";
    public static final String DAY_NOT_COME = "visits.refused.day_not_come";
    public static final String NOT_BEGUN = "visits.refused.not_begun";

    public static Visit of(VisitRow r) {
        return new Visit(r.id(), r.officeId(), r.officeName(), r.officeAddress(), r.organizationId(), ZoneId.of(r.timeZone()), r.customerUserId(),
                r.customerName(), r.accountId(), r.accountNumber(), AppealCategory.valueOf(r.topic()), r.startsAt(), r.endsAt(),
                VisitStatus.valueOf(r.status()), r.bookedAt(), r.cancelledAt(), r.heldAt(), r.missedAt(), r.remindedAt(),
                r.markedBy());
    }

    /** The start, local time of the organization. */
    public LocalDateTime start() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }

    public LocalDateTime end() {
        return LocalDateTime.ofInstant(endsAt, zone);
    }

    /** Whether the customer may still move or cancel it. */
    public boolean changeable(Instant now) {
        return status == VisitStatus.BOOKED && now.isBefore(startsAt);
    }

    void requireChangeable(Instant now) {
        if (status != VisitStatus.BOOKED) {
            throw new ValidationException(NOT_BOOKED);
        }
        if (!now.isBefore(startsAt)) {
            throw new ValidationException(BEGUN);
        }
    }

    void requireHoldable(Instant now) {
        if (status != VisitStatus.BOOKED) {
            throw new ValidationException(NOT_BOOKED);
        }
        if (start().toLocalDate().isAfter(LocalDateTime.ofInstant(now, zone).toLocalDate())) {
            throw new ValidationException(DAY_NOT_COME);
        }
    }

    void requireMissable(Instant now) {
        if (status != VisitStatus.BOOKED) {
            throw new ValidationException(NOT_BOOKED);
        }
        if (now.isBefore(startsAt)) {
            throw new ValidationException(NOT_BEGUN);
        }
    }
}
