package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.protocols.anomaly.AnomalyKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Operators review the anomalies of their organization: a queue with counts, a detail with the audit
 * trail, and the actions, each recorded in {@code anomaly_action} with who and when. Another
 * organization's anomaly reads as not found.
 *
 * <p>Transitions: acknowledge an OPEN one; assign any unresolved one; comment on any; resolve any
 * unresolved one with a resolution. A refusal is a {@link ValidationException} with one of the codes
 * of this class.
 */
public final class AnomalyReviewService {
    public static final String NOT_FOUND = "access.no_such_anomaly";
    public static final String RESOLVED = "anomaly.resolved";
    public static final String NOT_OPEN = "anomaly.not_open";
    public static final String RESOLUTION_REQUIRED = "anomaly.resolution_required";
    public static final String COMMENT_REQUIRED = "anomaly.comment_required";
    public static final String NO_SUCH_OPERATOR = "anomaly.no_such_operator";
    public static final String NOTHING_SELECTED = "anomaly.nothing_selected";
    public static final int MAX_COMMENT = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyReviewService.class);

    private final Transactions transactions;
    private final AccessPolicy access;
    private final AnomalyRepository anomalies;
    private final AccountRepository organizations;
    private final Clock clock;

    /** @param transactions the transaction in which a bulk action changes anomalies and writes their history */
    public AnomalyReviewService(Transactions transactions, AccessPolicy access, AnomalyRepository anomalies, AccountRepository organizations,
                                Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.anomalies = anomalies;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The time zone of the viewer's organization, in which its operators read times; UTC if it names none. */
    public ZoneId zone(Viewer viewer) {
        access.requireStaff(viewer);
        return organizations.organization(viewer.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
    }

    /** The viewer's organization's anomalies matching the filter, newest first, with the counts per status and per kind. */
    public AnomalyQueue queue(Viewer viewer, AnomalyFilter filter, int page, int size) {
        access.requireStaff(viewer);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        AnomalyFilter f = filter == null ? AnomalyFilter.ALL : filter;
        if (f.olderThanHours() != null && f.olderThanHours() < 0) {
            throw new IllegalArgumentException("olderThanHours " + f.olderThanHours());
        }
        Instant startedBefore = f.olderThanHours() == null ? null : clock.instant().minus(Duration.ofHours(f.olderThanHours()));
        AnomalyQuery query = new AnomalyQuery(viewer.organizationId(), name(f.kind()), name(f.severity()), name(f.status()), startedBefore);
        List<Anomaly> items = anomalies.find(query, page * size, size).stream().map(Anomaly::of).toList();
        long total = anomalies.count(query);
        Map<AnomalyStatus, Long> byStatus = new EnumMap<>(AnomalyStatus.class);
        anomalies.countBy("status", query.withoutStatus()).forEach((status, n) -> byStatus.put(AnomalyStatus.valueOf(status), n));
        Map<AnomalyKind, Long> byKind = new EnumMap<>(AnomalyKind.class);
        anomalies.countBy("kind", query.withoutKind()).forEach((kind, n) -> byKind.put(AnomalyKind.valueOf(kind), n));
        return new AnomalyQueue(new Page<>(items, page, size, total), byStatus, byKind);
    }

    public AnomalyDetail detail(Viewer viewer, long anomalyId) {
        AnomalyRow row = visible(viewer, anomalyId);
        List<AnomalyHistoryEntry> history = anomalies.actions(anomalyId).stream()
                .map(a -> new AnomalyHistoryEntry(a.at(), a.userLogin(), a.action(), a.assigneeLogin(),
                        a.resolution() == null ? null : Resolution.valueOf(a.resolution()), a.comment()))
                .toList();
        return new AnomalyDetail(Anomaly.of(row), history);
    }

    public Anomaly acknowledge(Viewer viewer, long anomalyId) {
        return apply(viewer, anomalyId, new AnomalyAction.Acknowledge());
    }

    public Anomaly assign(Viewer viewer, long anomalyId, String login) {
        return apply(viewer, anomalyId, new AnomalyAction.Assign(login));
    }

    public Anomaly comment(Viewer viewer, long anomalyId, String text) {
        return apply(viewer, anomalyId, new AnomalyAction.Comment(text));
    }

    public Anomaly resolve(Viewer viewer, long anomalyId, Resolution resolution, String comment) {
        return apply(viewer, anomalyId, new AnomalyAction.Resolve(resolution, comment));
    }

    public Anomaly apply(Viewer viewer, long anomalyId, AnomalyAction action) {
        bulk(viewer, List.of(anomalyId), action);
        return Anomaly.of(anomalies.byId(anomalyId).orElseThrow());
    }

    /**
     * One action on many anomalies in one transaction: all of them or, at the first refusal, none
     * (ids are taken once each, in ascending order).
     *
     * @return how many anomalies it changed
     */
    public int bulk(Viewer viewer, Collection<Long> anomalyIds, AnomalyAction action) {
        access.requireStaff(viewer);
        Objects.requireNonNull(action, "action");
        if (anomalyIds == null || anomalyIds.isEmpty()) {
            throw new ValidationException(NOTHING_SELECTED);
        }
        validate(action);
        Instant now = clock.instant();
        int done = transactions.inTransaction(tx -> {
            Long assignee = action instanceof AnomalyAction.Assign assign
                    ? anomalies.staffOf(tx, viewer.organizationId(), assign.login().trim())
                    .orElseThrow(() -> new ValidationException(NO_SUCH_OPERATOR, assign.login().trim()))
                    : null;
            int n = 0;
            // in id order, so that two bulks over the same rows lock them in the same order
            for (long id : new TreeSet<>(anomalyIds)) {
                applyOne(tx, viewer, id, action, assignee, now);
                n++;
            }
            return n;
        });
        LOG.info("{} on {} anomalies by user {}", action.getClass().getSimpleName(), done, viewer.userId());
        return done;
    }

    private void applyOne(Tx tx, Viewer viewer, long id, AnomalyAction action, Long assignee, Instant now) {
        AnomalyRow row = anomalies.lock(tx, id)
                .filter(r -> Objects.equals(r.organizationId(), viewer.organizationId()))
                .orElseThrow(() -> new AccessDeniedException(NOT_FOUND));
        AnomalyStatus status = AnomalyStatus.valueOf(row.status());
        if (action instanceof AnomalyAction.Acknowledge) {
            if (status == AnomalyStatus.RESOLVED) {
                throw new ValidationException(RESOLVED, String.valueOf(id));
            }
            if (status != AnomalyStatus.OPEN) {
                throw new ValidationException(NOT_OPEN, String.valueOf(id));
            }
            anomalies.review(tx, id, AnomalyStatus.ACKNOWLEDGED.name(), row.assigneeId(), null, null);
            anomalies.record(tx, id, viewer.userId(), now, "ACKNOWLEDGE", null, null, null);
        } else if (action instanceof AnomalyAction.Assign) {
            if (status == AnomalyStatus.RESOLVED) {
                throw new ValidationException(RESOLVED, String.valueOf(id));
            }
            anomalies.review(tx, id, AnomalyStatus.ASSIGNED.name(), assignee, null, null);
            anomalies.record(tx, id, viewer.userId(), now, "ASSIGN", assignee, null, null);
        } else if (action instanceof AnomalyAction.Comment comment) {
            anomalies.record(tx, id, viewer.userId(), now, "COMMENT", null, null, comment.text().trim());
        } else if (action instanceof AnomalyAction.Resolve resolve) {
            if (status == AnomalyStatus.RESOLVED) {
                throw new ValidationException(RESOLVED, String.valueOf(id));
            }
            anomalies.review(tx, id, AnomalyStatus.RESOLVED.name(), row.assigneeId(), resolve.resolution().name(), now);
            anomalies.record(tx, id, viewer.userId(), now, "RESOLVE", null, resolve.resolution().name(), blankToNull(resolve.comment()));
        }
    }

    private static void validate(AnomalyAction action) {
        if (action instanceof AnomalyAction.Assign assign && (assign.login() == null || assign.login().isBlank())) {
            throw new ValidationException(NO_SUCH_OPERATOR, "");
        }
        if (action instanceof AnomalyAction.Comment comment) {
            if (comment.text() == null || comment.text().isBlank()) {
                throw new ValidationException(COMMENT_REQUIRED);
            }
            checkLength(comment.text());
        }
        if (action instanceof AnomalyAction.Resolve resolve) {
            if (resolve.resolution() == null) {
                throw new ValidationException(RESOLUTION_REQUIRED);
            }
            if (resolve.comment() != null) {
                checkLength(resolve.comment());
            }
        }
    }

    private static void checkLength(String text) {
        if (text.trim().length() > MAX_COMMENT) {
            throw new ValidationException("anomaly.comment_too_long", MAX_COMMENT);
        }
    }

    private AnomalyRow visible(Viewer viewer, long anomalyId) {
        access.requireStaff(viewer);
        return anomalies.byId(anomalyId)
                .filter(r -> Objects.equals(r.organizationId(), viewer.organizationId()))
                .orElseThrow(() -> new AccessDeniedException(NOT_FOUND));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
