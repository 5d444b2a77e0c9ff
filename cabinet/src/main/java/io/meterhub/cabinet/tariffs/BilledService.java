package io.meterhub.cabinet.tariffs;

/** A service an organization may bill: metered ones by zone and unit, fixed ones per month (zone 0). */
public record BilledService(String code, String nameRu, String nameEn, String unit, boolean metered) {
}
