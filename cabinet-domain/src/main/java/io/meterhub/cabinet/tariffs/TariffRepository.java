package io.meterhub.cabinet.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public interface TariffRepository {
    /** Tariffs of one zone that are in force on some day of [from, to), oldest first. */
    List<TariffRow> overlapping(String organizationId, String serviceCode, int zone, LocalDate from, LocalDate toExclusive);

    List<TariffRow> ofOrganization(String organizationId);

    /** Adds a price from a day on: the price in force until then ends that day, the past keeps its rows. */
    long add(String organizationId, String serviceCode, int zone, BigDecimal price, LocalDate validFrom);
}
