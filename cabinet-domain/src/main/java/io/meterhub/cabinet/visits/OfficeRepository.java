package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organizations' offices and their weekly hours. */
public interface OfficeRepository {
    /** The organizations' offices by name. */
    List<OfficeRow> ofOrganizations(List<String> organizationIds);

    Optional<OfficeRow> byId(long id);

    /** The office as the transaction sees it (just saved). */
    OfficeRow byIdIn(Tx tx, long id);

    /** Creates the office (id 0 in the row) or replaces its fields and hours; returns its id. */
    long save(Tx tx, OfficeRow office, Instant at);
}
