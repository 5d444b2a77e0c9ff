package io.meterhub.cabinet.tariffs;


import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A price per unit (or per month for zone 0) in force from {@code validFrom} to {@code validTo}
 * (exclusive; null while in force).
 */
public record Tariff(long id, String organizationId, String serviceCode, int zone, BigDecimal price, LocalDate validFrom, LocalDate validTo) {
    public static Tariff of(TariffRow row) {
        return new Tariff(row.id(), row.organizationId(), row.serviceCode(), row.zone(), row.price(), row.validFrom(), row.validTo());
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
