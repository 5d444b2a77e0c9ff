package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opening a customer's personal data in clear (SNILS, INN, passport, phone): staff see it masked on the card and open
 * it only with a reason, which the audit log keeps with who and when (never the values); the customer sees every such
 * opening, by whom of which organization, when and why. Only staff of an organization the customer holds an account
 * with reach them; to anyone else the customer does not exist.
 */
public final class PersonalDataOpenings {
    public static final String ACTION = "customer.personal_data_open";
    /** Shorter than this is not a reason ("." or "ok"). */
    public static final int MIN_REASON = 5;
    private static final int SHOWN = 100;

    private final CustomerDirectoryRepository directory;
    private final AccountRepository organizations;
    private final StaffRights rights;
    private final AuditLog audit;
    private final AuditRepository entries;

    public PersonalDataOpenings(CustomerDirectoryRepository directory, AccountRepository organizations, StaffRights rights, AuditLog audit,
                                AuditRepository entries) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.rights = Objects.requireNonNull(rights, "rights");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    /** The values in clear, for holders of the card's modules (USERS or MANUAL_EDITING), with the reason recorded. */
    public PersonalData open(Viewer staff, long customerId, String reason) {
        return audit.atomically(() -> {
            rights.requireAny(staff, StaffModule.USERS, StaffModule.MANUAL_EDITING);
            String why = reason == null ? "" : reason.strip();
            if (why.length() < MIN_REASON) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("reason", "customers.personal_data.reason_required")));
            }
            HolderRow holder = directory.holder(customerId).orElseThrow(CustomerDirectory::noSuchCustomer);
            if (directory.accountsOf(customerId, staff.organizationId()).isEmpty()) {
                throw CustomerDirectory.noSuchCustomer();
            }
            PersonalData data = new PersonalData(blankToNull(holder.snils()), blankToNull(holder.inn()), blankToNull(holder.passport()),
                    blankToNull(holder.phone()));
            audit.record(staff, staff.organizationId(), ACTION, "customer", String.valueOf(customerId), null, Map.of("fields", data.present()), why);
            return data;
        });
    }

    /** Who opened the customer's own data: newest first; nobody else's, and empty for a user without a customer record. */
    public List<Opening> ofMine(Viewer customer) {
        return directory.holderOfUser(customer.userId()).map(holder -> entries.ofRecord(ACTION, "customer", String.valueOf(holder.id()), SHOWN)
                .stream().map(e -> new Opening(e.at(), organizationName(e.organizationId()), e.actorLogin(), e.reason())).toList())
                .orElse(List.of());
    }

    private String organizationName(String organizationId) {
        return organizationId == null ? "" : organizations.organization(organizationId).map(OrganizationRow::name).orElse(organizationId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A customer's personal data in clear: shown once to the staff member who gave a reason, never logged. */
    public record PersonalData(String snils, String inn, String passport, String phone) {
        List<String> present() {
            List<String> fields = new ArrayList<>();
            if (snils != null) {
                fields.add("snils");
            }
            if (inn != null) {
                fields.add("inn");
            }
            if (passport != null) {
                fields.add("passport");
            }
            if (phone != null) {
                fields.add("phone");
            }
            return fields;
        }

        @Override
        public String toString() {
            return "PersonalData[" + String.join(", ", present()) + "]";
        }
    }

    /** One opening as the customer sees it. */
    public record Opening(Instant at, String organizationName, String staffLogin, String reason) {
    }
}
