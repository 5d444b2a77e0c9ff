package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.organizations.OrganizationRepository;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The second person of a large write-off: a staff member with MANUAL_EDITING of the same organization, other than the
 * author, approves the request (the adjustment is posted then, with the source {@code write-off:<id>}, and both steps
 * are in the audit log) or rejects it with a reason. A request is decided once.
 */
public final class WriteOffApprovals {
    public static final String NO_SUCH_REQUEST = "customers.write_off.no_such_request";
    public static final String OWN_REQUEST = "customers.write_off.own_request";
    public static final String ALREADY_DECIDED = "customers.write_off.already_decided";
    public static final String REASON_REQUIRED = "customers.reason_required";

    private final WriteOffRequestRepository requests;
    private final ChargeAdjustments adjustments;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Clock clock;
    private final WriteOffRule rule;
    private final OrganizationRepository organizations;

    public WriteOffApprovals(WriteOffRequestRepository requests, LedgerRepository ledger, StaffRights rights, AuditLog audit, Clock clock,
                             WriteOffRule rule, OrganizationRepository organizations) {
        this.requests = requests;
        this.adjustments = new ChargeAdjustments(ledger, audit);
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
        this.rule = rule;
        this.organizations = organizations;
    }

    /** The organization's time zone, in which the requests are shown. */
    public ZoneId zone(Viewer viewer) {
        rights.require(viewer, StaffModule.MANUAL_EDITING);
        return organizations.profile(viewer.organizationId()).map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Europe/Moscow"));
    }

    public WriteOffRule rule() {
        return rule;
    }

    /** The organization's requests, newest first: waiting ones, or all of the latest {@code limit}. */
    public List<WriteOffRequestRow> requests(Viewer viewer, boolean pendingOnly, int limit) {
        rights.require(viewer, StaffModule.MANUAL_EDITING);
        return requests.ofOrganization(viewer.organizationId(), pendingOnly, limit);
    }

    public void approve(Viewer viewer, long requestId) {
        audit.atomically(() -> {
            WriteOffRequestRow request = decidable(viewer, requestId);
            if (!requests.decide(requestId, "APPROVED", viewer.userId(), clock.instant(), null)) {
                throw new ValidationException(ALREADY_DECIDED);
            }
            adjustments.post(viewer, request.accountId(), request.accountNumber(), request.serviceCode(), YearMonth.from(request.period()),
                    request.amount(), request.description(), "write-off:" + requestId, "charge.write_off.approve",
                    request.reason() + " (" + request.requestedByLogin() + ")");
        });
    }

    public void reject(Viewer viewer, long requestId, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why == null) {
            throw new ValidationException(REASON_REQUIRED);
        }
        audit.atomically(() -> {
            WriteOffRequestRow request = decidable(viewer, requestId);
            if (!requests.decide(requestId, "REJECTED", viewer.userId(), clock.instant(), why)) {
                throw new ValidationException(ALREADY_DECIDED);
            }
            audit.record(viewer, viewer.organizationId(), "charge.write_off.reject", "write_off_request", String.valueOf(requestId), null,
                    ChargeAdjustments.fields(request.accountNumber(), request.serviceCode(), YearMonth.from(request.period()), request.amount(),
                            request.description(), null), why);
        });
    }

    /** A pending request of the viewer's organization that someone other than its author may decide. */
    private WriteOffRequestRow decidable(Viewer viewer, long requestId) {
        rights.require(viewer, StaffModule.MANUAL_EDITING);
        WriteOffRequestRow request = requests.request(requestId).filter(r -> Objects.equals(r.organizationId(), viewer.organizationId()))
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_REQUEST));
        if (request.requestedBy() == viewer.userId()) {
            throw new AccessDeniedException(OWN_REQUEST);
        }
        if (!request.pending()) {
            throw new ValidationException(ALREADY_DECIDED);
        }
        return request;
    }
}
