package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A paper application that staff register for an existing customer (by login) is the customer's to confirm: they are
 * told at once, and until they confirm it in their cabinet the staff do not get the applicant's full profile (the
 * application card). A paper application for a new applicant without a login, or one the customer files themselves,
 * needs no confirmation.
 */
public final class PaperConfirmations {
    private final PaperConfirmationRepository confirmations;
    private final ApplicationAccess access;
    private final ApplicantNotifier notifier;
    private final Clock clock;

    public PaperConfirmations(PaperConfirmationRepository confirmations, ApplicationAccess access, ApplicantNotifier notifier, Clock clock) {
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.access = Objects.requireNonNull(access, "access");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Within the paper application's registration. */
    void request(Tx tx, long applicationId, long staffUserId, Instant at) {
        confirmations.request(tx, applicationId, staffUserId, at);
    }

    /** After the registration is committed: the customer hears of it, with the link to confirm. */
    void tell(long customerUserId, long applicationId, String organizationName) {
        notifier.paperRegistered(customerUserId, applicationId, organizationName, ConnectionLinks.applicantLink(applicationId));
    }

    /** Where the application stands, for whoever may see it. */
    public PaperConfirmationState state(Viewer viewer, long applicationId) {
        access.visible(viewer, applicationId);
        return state(applicationId);
    }

    /** The customer confirms the paper application registered for them; nobody else may. */
    public PaperConfirmationState confirm(Viewer customer, long applicationId) {
        ConnectionApplication a = access.visible(customer, applicationId);
        if (!ApplicationAccess.isOwner(customer, a)) {
            throw ConnectionError.NOT_PERMITTED.refused();
        }
        confirmations.confirm(applicationId, clock.instant());
        return state(applicationId);
    }

    /** Staff get the applicant's full profile only once the customer confirmed; the applicant always. */
    void requireConfirmedFor(Viewer viewer, ConnectionApplication a) {
        if (!ApplicationAccess.isOwner(viewer, a) && state(a.id()) == PaperConfirmationState.AWAITING) {
            throw ConnectionError.AWAITING_CONFIRMATION.refused();
        }
    }

    private PaperConfirmationState state(long applicationId) {
        return confirmations.of(applicationId).map(c -> c.confirmedAt() == null ? PaperConfirmationState.AWAITING : PaperConfirmationState.CONFIRMED)
                .orElse(PaperConfirmationState.NOT_NEEDED);
    }
}
