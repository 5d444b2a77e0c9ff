package io.meterhub.cabinet.billing;

import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.tariffs.Tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a period's consumption among the prices in force, then prices each part. Quantities keep
 * three decimals (the last part takes the rounding remainder, so parts add up exactly); amounts are
 * rounded half-up to kopecks per line.
 */
final class TariffSplit {
    private TariffSplit() {
    }

    /** A part of [from, to) with one price. */
    record Part(Tariff tariff, LocalDate from, LocalDate toExclusive) {
        long days() {
            return ChronoUnit.DAYS.between(from, toExclusive);
        }
    }

    static final class MissingTariff extends Exception {
        final LocalDate day;

        MissingTariff(LocalDate day) {
            super("no tariff on " + day, null, false, false);
            this.day = day;
        }
    }

    /** The parts of [from, to) by tariff; every day must have a price. */
    static List<Part> parts(List<Tariff> tariffs, LocalDate from, LocalDate toExclusive) throws MissingTariff {
        List<Part> parts = new ArrayList<>();
        LocalDate day = from;
        while (day.isBefore(toExclusive)) {
            LocalDate current = day;
            Tariff tariff = tariffs.stream().filter(t -> t.inForceOn(current)).findFirst().orElseThrow(() -> new MissingTariff(current));
            LocalDate end = tariff.validTo() == null || tariff.validTo().isAfter(toExclusive) ? toExclusive : tariff.validTo();
            parts.add(new Part(tariff, day, end));
            day = end;
        }
        return parts;
    }

    /** Quantities of the parts in proportion to their days. */
    static BigDecimal[] byDays(BigDecimal quantity, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::days).sum();
        BigDecimal[] shares = new BigDecimal[parts.size()];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            if (i == parts.size() - 1) {
                shares[i] = quantity.subtract(given).setScale(3, RoundingMode.HALF_UP);
            } else {
                shares[i] = quantity.multiply(BigDecimal.valueOf(parts.get(i).days())).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP);
                given = given.add(shares[i]);
            }
        }
        return shares;
    }

    /** Quantities of the parts from consumption by actual day. */
    static BigDecimal[] byActualDays(Map<LocalDate, BigDecimal> perDay, List<Part> parts) {
        BigDecimal[] shares = new BigDecimal[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            shares[i] = perDay.entrySet().stream().filter(e -> !e.getKey().isBefore(part.from()) && e.getKey().isBefore(part.toExclusive()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(3, RoundingMode.HALF_UP);
        }
        return shares;
    }

    static PricedLine price(int zone, BigDecimal quantity, Part part) {
        return new PricedLine(zone, quantity, part.tariff().price(), Money.kopecks(quantity.multiply(part.tariff().price())), part.from(),
                part.toExclusive());
    }
}
