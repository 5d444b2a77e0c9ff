package io.meterhub.cabinet.coverage;

import java.math.BigDecimal;

/** A settlement found in a service area, with its organization and the area's serving office. */
public record SettlementMatchRow(String organizationId, String organizationName, long areaId, String areaName, String settlement,
                                 String officeName, String officeAddress, BigDecimal officeLon, BigDecimal officeLat) {
}
