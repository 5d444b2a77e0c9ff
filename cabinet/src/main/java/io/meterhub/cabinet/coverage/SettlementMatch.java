package io.meterhub.cabinet.coverage;

import java.util.Optional;

/** A settlement that is served: by which organization, in which area, and the office that serves it. */
public record SettlementMatch(String organizationId, String organizationName, long areaId, String areaName, String settlement,
                              Optional<Office> office) {
}
