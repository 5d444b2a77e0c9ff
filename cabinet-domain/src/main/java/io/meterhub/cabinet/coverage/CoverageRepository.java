package io.meterhub.cabinet.coverage;

import java.time.Instant;
import java.util.List;

/** The organizations' service areas. */
public interface CoverageRepository {
    /** The organization's areas in the order of their upload. */
    List<ServiceAreaRow> areas(String organizationId);

    /** Replaces the organization's whole set of areas by these, in one transaction. */
    void replace(String organizationId, List<NewServiceAreaRow> areas, Instant uploadedAt, long uploadedBy);

    /** The settlements whose search name equals this one, over every organization, by organization and area. */
    List<SettlementMatchRow> settlements(String searchName);

    /** Grid companies, by name. */
    List<GridCompanyRow> gridCompanies();
}
