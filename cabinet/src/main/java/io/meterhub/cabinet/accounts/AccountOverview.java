package io.meterhub.cabinet.accounts;

import io.meterhub.cabinet.windows.WindowState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One account on the overview page.
 *
 * @param holder       the holder's name, masked for people
 * @param holderPhone  masked
 * @param debtByService debt per service code; negative is an advance
 */
public record AccountOverview(long accountId, String number, String address, String organizationId, String organizationName, String holder,
                              String holderKind, String holderPhone, Map<String, BigDecimal> debtByService, BigDecimal totalDebt,
                              List<MeterOverview> meters, WindowState window) {
}
