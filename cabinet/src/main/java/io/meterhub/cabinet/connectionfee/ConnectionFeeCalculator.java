package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.common.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The connection fee by the organization's rates of the year (Decree No. 861, п. 17): the preferential
 * per-kW fee for small connections near the grid, the reduced per-kW fee of the special categories, and
 * otherwise the standardized rates per connection, per kW and per km of new line. Where the preferential
 * fee applies, the lower of it and the standardized rates is charged.
 */
public final class ConnectionFeeCalculator {
    public static final String NO_RATES = "connectionfee.noRates";
    public static final String NO_RATES_FOR_VOLTAGE = "connectionfee.noRatesForVoltage";
    public static final String CATEGORY_REQUIRED = "connectionfee.category.required";
    public static final String VOLTAGE_REQUIRED = "connectionfee.voltage.required";
    public static final String POWER_REQUIRED = "connectionfee.power.required";
    public static final String POWER_NOT_POSITIVE = "connectionfee.power.notPositive";
    public static final String ALREADY_CONNECTED_NEGATIVE = "connectionfee.alreadyConnected.negative";
    public static final String NO_INCREASE = "connectionfee.power.noIncrease";
    public static final String LINE_NEGATIVE = "connectionfee.line.negative";
    public static final String SPECIAL_INDIVIDUALS_ONLY = "connectionfee.special.individualsOnly";

    private static final String KW = "kW";
    private static final String KM = "km";
    private static final String CONNECTION = "connection";

    private final FeeRateRepository rates;

    public ConnectionFeeCalculator(FeeRateRepository rates) {
        this.rates = rates;
    }

    /** @throws ValidationException when the request is incomplete or the organization has no rates for the year */
    public FeeBreakdown calculate(String organizationId, int year, FeeRequest r) {
        validate(r);
        FeeScheduleRow schedule = rates.schedule(organizationId, year)
                .orElseThrow(() -> new ValidationException(NO_RATES, organizationId, String.valueOf(year)));
        Optional<FeeRateRow> standardRates = rates.rate(organizationId, year, r.voltage().name());
        Optional<List<FeeLine>> standard = standardRates.map(rate -> standardLines(rate, r));

        if (smallAndNear(schedule, r)) {
            boolean special = r.specialCategory() && schedule.specialPerKw() != null;
            List<FeeLine> perKw = List.of(line(special ? FeeLine.SPECIAL_PER_KW : FeeLine.PREFERENTIAL_PER_KW, r.requestedKw(), KW,
                    special ? schedule.specialPerKw() : schedule.preferentialPerKw()));
            if (standard.isPresent() && total(standard.get()).compareTo(total(perKw)) < 0) {
                return breakdown(organizationId, year, standard.get(), FeeBreakdown.STANDARD_LOWER);
            }
            return breakdown(organizationId, year, perKw, special ? FeeBreakdown.SPECIAL_CATEGORY : FeeBreakdown.PREFERENTIAL);
        }
        return breakdown(organizationId, year, standard.orElseThrow(() -> new ValidationException(NO_RATES_FOR_VOLTAGE,
                schedule.organizationName(), String.valueOf(year), r.voltage().name())), FeeBreakdown.STANDARD);
    }

    /** The organizations with rates for the year, to choose from. */
    public List<OrganizationRef> organizationsWithRates(int year) {
        return rates.organizationsWithRates(year).stream().map(o -> new OrganizationRef(o.id(), o.name())).toList();
    }

    /** The regional decision the year's rates come from, for showing next to the fee; empty when none was recorded. */
    public Optional<String> decision(String organizationId, int year) {
        return rates.schedule(organizationId, year).map(FeeScheduleRow::decision);
    }

    /** п. 17: up to 15 kW in total, at 0.4 kV, within 300 m (towns) or 500 m (rural areas) of the grid; the limits are the organization's. */
    private static boolean smallAndNear(FeeScheduleRow schedule, FeeRequest r) {
        return r.voltage() == VoltageLevel.LV_0_4
                && r.maxPowerKw().compareTo(schedule.preferentialMaxKw()) <= 0
                && r.lineKmOrZero().compareTo(schedule.preferentialMaxLineKm()) <= 0;
    }

    private static List<FeeLine> standardLines(FeeRateRow rate, FeeRequest r) {
        List<FeeLine> lines = new ArrayList<>();
        lines.add(line(FeeLine.STANDARD_PER_CONNECTION, BigDecimal.ONE, CONNECTION, rate.perConnection()));
        lines.add(line(FeeLine.STANDARD_PER_KW, r.requestedKw(), KW, rate.perKw()));
        if (rate.perKm() != null && r.lineKmOrZero().signum() > 0) {
            lines.add(line(FeeLine.STANDARD_PER_KM, r.lineKm(), KM, rate.perKm()));
        }
        return lines;
    }

    private static FeeLine line(String code, BigDecimal quantity, String unit, BigDecimal rate) {
        return new FeeLine(code, quantity, unit, rate, Money.kopecks(quantity.multiply(rate)));
    }

    private static BigDecimal total(List<FeeLine> lines) {
        return lines.stream().map(FeeLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static FeeBreakdown breakdown(String organizationId, int year, List<FeeLine> lines, String basis) {
        return new FeeBreakdown(organizationId, year, lines, total(lines), basis);
    }

    private static void validate(FeeRequest r) {
        if (r.category() == null) {
            throw new ValidationException(CATEGORY_REQUIRED);
        }
        if (r.voltage() == null) {
            throw new ValidationException(VOLTAGE_REQUIRED);
        }
        if (r.maxPowerKw() == null) {
            throw new ValidationException(POWER_REQUIRED);
        }
        if (r.maxPowerKw().signum() <= 0) {
            throw new ValidationException(POWER_NOT_POSITIVE);
        }
        if (r.alreadyConnectedKw() != null && r.alreadyConnectedKw().signum() < 0) {
            throw new ValidationException(ALREADY_CONNECTED_NEGATIVE);
        }
        if (r.requestedKw().signum() <= 0) {
            throw new ValidationException(NO_INCREASE, r.maxPowerKw(), r.alreadyConnectedKw());
        }
        if (r.lineKm() != null && r.lineKm().signum() < 0) {
            throw new ValidationException(LINE_NEGATIVE);
        }
        // the reduced rate is set for people (low-income families, veterans, disabled people...), not for businesses
        if (r.specialCategory() && r.category() != ApplicantCategory.INDIVIDUAL) {
            throw new ValidationException(SPECIAL_INDIVIDUALS_ONLY);
        }
    }
}
