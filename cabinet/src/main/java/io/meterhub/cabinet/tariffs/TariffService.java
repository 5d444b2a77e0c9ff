package io.meterhub.cabinet.tariffs;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Prices by organization, service, zone and date. A new price is a new row; past charges keep theirs. */
public final class TariffService {
    private final TariffRepository tariffs;
    private final AccessPolicy access;

    public TariffService(TariffRepository tariffs, AccessPolicy access) {
        this.tariffs = tariffs;
        this.access = access;
    }

    public Optional<Tariff> inForce(String organizationId, String serviceCode, int zone, LocalDate day) {
        return tariffs.overlapping(organizationId, serviceCode, zone, day, day.plusDays(1)).stream().map(Tariff::of).findFirst();
    }

    /** The tariffs of a zone in force on some day of [from, to), oldest first. */
    public List<Tariff> inForce(String organizationId, String serviceCode, int zone, LocalDate from, LocalDate toExclusive) {
        return tariffs.overlapping(organizationId, serviceCode, zone, from, toExclusive).stream().map(Tariff::of).toList();
    }

    /** Every tariff of the organization, for its price list. */
    public List<Tariff> priceList(String organizationId) {
        return tariffs.ofOrganization(organizationId).stream().map(Tariff::of).toList();
    }

    /** A price from a day on, closing the one before it; for the control panel ({@link TariffAdministration}), seeding and imports. */
    public long addPrice(String organizationId, String serviceCode, int zone, BigDecimal price, LocalDate validFrom) {
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 4) {
            throw new ValidationException("tariff.price_invalid", price);
        }
        if (zone < 0 || zone > 3) {
            throw new ValidationException("tariff.zone_invalid", zone);
        }
        return tariffs.add(organizationId, serviceCode, zone, price, validFrom);
    }
}
