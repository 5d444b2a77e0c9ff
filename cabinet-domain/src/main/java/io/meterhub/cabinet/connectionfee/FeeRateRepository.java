package io.meterhub.cabinet.connectionfee;

import java.util.List;
import java.util.Optional;

/** The connection fee's rates per organization and year. */
public interface FeeRateRepository {
    Optional<FeeScheduleRow> schedule(String organizationId, int year);

    Optional<FeeRateRow> rate(String organizationId, int year, String voltageLevel);

    List<FeeRateRow> rates(String organizationId, int year);

    /** The organizations that have rates for the year, by name. */
    List<FeeOrganizationRow> organizationsWithRates(int year);

    /** Sets the year's schedule and rates of an organization, replacing what it had for that year. */
    void save(FeeScheduleRow schedule, List<FeeRateRow> rates);

    /** Runs a seed script's statements, each with the organization's id bound to every {@code ?}. */
    void runForOrganization(List<String> statements, String organizationId);
}
