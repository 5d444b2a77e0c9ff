package io.meterhub.cabinet.staff;

import java.util.List;
import java.util.Optional;

/** Staff users and their modules (blocks, sessions and password links of any login are in {@code LoginRepository}). */
public interface StaffRepository {
    /** The modules granted to a user (none for a user who is not staff). */
    List<String> modules(long userId);

    Optional<StaffRow> staff(long userId);

    /** The staff of an organization, administrators first, then by name. */
    List<StaffRow> staffOf(String organizationId);

    /** The logins of guaranteeing suppliers whose organizations a grid company created (its sub-organizations), by name. */
    List<StaffRow> suppliersBelow(String parentOrganizationId);

    /** Replaces the user's modules with these, in one transaction. */
    void setModules(long userId, List<String> modules, long grantedBy);
}
