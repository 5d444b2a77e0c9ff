package io.meterhub.cabinet.notices;

import java.util.List;

/** An outage as a customer sees it: the organization, where it is in time, and which of their accounts it touches. */
public record BoardOutage(PlannedOutage outage, String organizationName, OutagePhase phase, List<String> accountNumbers) {
    public BoardOutage {
        accountNumbers = List.copyOf(accountNumbers);
    }
}
