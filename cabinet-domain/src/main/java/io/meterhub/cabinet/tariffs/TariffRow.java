package io.meterhub.cabinet.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param validTo exclusive; null while in force */
public record TariffRow(long id, String organizationId, String serviceCode, int zone, BigDecimal price, LocalDate validFrom, LocalDate validTo) {
}
