package io.meterhub.cabinet.consent;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Consent to the processing of personal data (152-FZ) by the organization that runs the cabinet. The text is versioned
 * (its date, {@link #CURRENT_VERSION}; the text itself is {@code consent.text} in the consent bundle): a sign-up records
 * the version accepted, and a customer whose latest acceptance is of an older version is asked again. Versions are
 * ISO dates, so the newer one sorts later.
 */
public final class Consents {
    /** The version of the consent's text now in force; change it with the text. */
    public static final String CURRENT_VERSION = "2026-12-01";
    public static final String REQUIRED = "consent.required";
    public static final String STALE = "consent.stale";

    private final Transactions transactions;
    private final ConsentRepository consents;
    private final Clock clock;
    private final String currentVersion;

    public Consents(Transactions transactions, ConsentRepository consents, Clock clock) {
        this(transactions, consents, clock, CURRENT_VERSION);
    }

    /** With another current version: a test of a newer text. */
    public Consents(Transactions transactions, ConsentRepository consents, Clock clock, String currentVersion) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.currentVersion = Objects.requireNonNull(currentVersion, "currentVersion");
    }

    public String currentVersion() {
        return currentVersion;
    }

    /**
     * Records the acceptance of {@code version} inside the caller's transaction.
     *
     * @throws ValidationException {@link #REQUIRED} when none was given, {@link #STALE} when the form showed an older text
     */
    public void record(Tx tx, long userId, String version, String address) {
        check(version);
        consents.record(tx, userId, version, clock.instant(), address);
    }

    /** Refuses a missing or outdated acceptance before anything is saved. */
    public void check(String version) {
        if (version == null || version.isBlank()) {
            throw new ValidationException(REQUIRED);
        }
        if (!currentVersion.equals(version)) {
            throw new ValidationException(STALE, currentVersion);
        }
    }

    /** The viewer accepts the current text now (after being asked again). */
    public void accept(Viewer viewer, String address) {
        transactions.inTransaction(tx -> {
            consents.record(tx, viewer.userId(), currentVersion, clock.instant(), address);
            return null;
        });
    }

    /** The viewer's latest acceptance; empty when they never accepted (a customer made before consents were kept). */
    public Optional<ConsentRow> latest(Viewer viewer) {
        return consents.latest(viewer.userId());
    }

    /** Whether a customer must accept the current text: never accepted, or accepted an older version. Staff are not asked. */
    public boolean acceptanceNeeded(Viewer viewer) {
        if (viewer.role() != Role.CUSTOMER) {
            return false;
        }
        return latest(viewer).map(c -> c.version().compareTo(currentVersion) < 0).orElse(true);
    }
}
