package io.meterhub.cabinet.organizations;

import java.util.List;
import java.util.Optional;

/** Organizations as the control panel keeps them: their properties and their sub-organizations. */
public interface OrganizationRepository {
    Optional<OrganizationProfileRow> profile(String id);

    /** The organization's direct sub-organizations, by name. */
    List<OrganizationProfileRow> children(String parentId);

    /** True when {@code descendantId} is {@code ancestorId} or lies below it. */
    boolean isWithin(String descendantId, String ancestorId);

    /** Inserts a new organization; false when the id is taken. */
    boolean create(OrganizationProfileRow o);

    /** Writes every property but the id, the parent and the kind. */
    void update(OrganizationProfileRow o);

    /** The services the organization bills, each with its own readings window or nulls for the organization's. */
    List<BilledServiceRow> billedServices(String organizationId);

    /** Replaces the organization's billed services with these, in one transaction. */
    void setBilledServices(String organizationId, List<BilledServiceRow> services);
}
