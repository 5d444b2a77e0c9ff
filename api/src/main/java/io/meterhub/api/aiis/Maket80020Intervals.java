package io.meterhub.api.aiis;

import io.meterhub.api.problem.FieldError;
import io.meterhub.cabinet.aiis.MeasuringPoint;
import io.meterhub.protocols.telemetry.IntervalEnergy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An 80020 file's periods as interval energy of the meters its measuring points map to: each
 * period placed in time by its area's {@link TimeBasis}, each value an exact decimal. What cannot be
 * taken is listed with its element path: a channel not mapped here, a missing value, a value
 * that is not a number. On a spring-forward day the hour that did not exist (written without
 * {@code summer}, covering the same time as the first summer periods) is left out when it is
 * zero or empty, as the format's producers write it, and refused when it holds energy.
 */
public record Maket80020Intervals(List<Mapped> mapped, List<FieldError> refused, int receiptStatus) {

    /** One channel taken in: its point, its intervals. */
    public record Mapped(MeasuringPoint point, List<IntervalEnergy> intervals) {
        Maket80020Answer.Channel summary() {
            BigDecimal energy = intervals.stream().map(IntervalEnergy::energy).reduce(BigDecimal.ZERO, BigDecimal::add);
            int nonCommercial = (int) intervals.stream().filter(i -> !i.commercial()).count();
            return new Maket80020Answer.Channel(point.code(), point.channel(), point.meterId(), point.obis(), intervals.size(), energy, nonCommercial);
        }
    }

    /** @param points the organization's measuring points by "code|channel" */
    public static Maket80020Intervals of(Maket80020 file, Map<String, MeasuringPoint> points) {
        List<Mapped> mapped = new ArrayList<>();
        List<FieldError> refused = new ArrayList<>();
        boolean unknown = false;
        boolean nonCommercial = false;
        for (Maket80020.Area area : file.areas()) {
            TimeBasis basis = TimeBasis.of(area.timezone(), file.day());
            if (basis == null) {
                refused.add(FieldError.at(area.pointer() + "/@timezone", "timezone " + area.timezone() + " is not one this API knows"
                        + " (1: Moscow time, 3: UTC+10); the area was not taken"));
                continue;
            }
            for (Maket80020.Point point : area.points()) {
                for (Maket80020.Channel channel : point.channels()) {
                    MeasuringPoint target = points.get(point.code() + "|" + channel.code());
                    if (target == null) {
                        unknown = true;
                        refused.add(FieldError.at(channel.pointer(), "no measuring point " + point.code() + " channel " + channel.code()
                                + " in your organization; map it to a meter with PUT /api/v1/measuring-points"));
                        continue;
                    }
                    List<IntervalEnergy> intervals = intervals(file, basis, channel, target, refused);
                    nonCommercial |= intervals.stream().anyMatch(i -> !i.commercial());
                    if (!intervals.isEmpty()) {
                        mapped.add(new Mapped(target, intervals));
                    }
                }
            }
        }
        return new Maket80020Intervals(mapped, refused, unknown ? 2 : nonCommercial ? 1 : 0);
    }

    private static List<IntervalEnergy> intervals(Maket80020 file, TimeBasis basis, Maket80020.Channel channel, MeasuringPoint target,
                                                  List<FieldError> refused) {
        List<Maket80020.Period> periods = channel.periods();
        List<Instant[]> spans = new ArrayList<>();
        for (Maket80020.Period period : periods) {
            spans.add(new Instant[] {basis.at(file.day(), period.startMinute(), period.summer()),
                    basis.at(file.day(), period.endMinute(), period.summer())});
        }
        List<IntervalEnergy> intervals = new ArrayList<>();
        List<Instant[]> taken = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Maket80020.Period period = periods.get(i);
            Instant[] span = spans.get(i);
            if (!period.summer() && overlapsSummer(periods, spans, span)) {
                if (!period.value().isEmpty() && energy(period.value()).filter(e -> e.signum() == 0).isEmpty()) {
                    refused.add(FieldError.at(period.pointer(), "this wall-clock time did not exist on the clock-change day (the summer"
                            + " periods cover it); its energy " + period.value() + " cannot be placed"));
                }
                continue;
            }
            if (taken.stream().anyMatch(other -> other[0].isBefore(span[1]) && span[0].isBefore(other[1]))) {
                refused.add(FieldError.at(period.pointer(), "the period overlaps an earlier one of the channel"));
                continue;
            }
            if (period.value().isEmpty()) {
                refused.add(FieldError.at(period.pointer() + "/value", "no value (missing data" + (period.status() == 1 ? ", status 1" : "")
                        + "): nothing counted for this period"));
                continue;
            }
            var energy = energy(period.value());
            if (energy.isEmpty() || energy.get().signum() < 0 || energy.get().scale() > IntervalEnergy.MAX_SCALE) {
                refused.add(FieldError.at(period.pointer() + "/value", "the value must be a non-negative number of kWh (kvarh) with at most "
                        + IntervalEnergy.MAX_SCALE + " decimals, not \"" + period.value() + "\""));
                continue;
            }
            taken.add(span);
            intervals.add(new IntervalEnergy(target.meterId(), target.obis(), span[0].toEpochMilli(), span[1].toEpochMilli(), energy.get(),
                    period.status() == 0));
        }
        return intervals;
    }

    private static boolean overlapsSummer(List<Maket80020.Period> periods, List<Instant[]> spans, Instant[] span) {
        for (int j = 0; j < periods.size(); j++) {
            Instant[] other = spans.get(j);
            if (periods.get(j).summer() && other[0].isBefore(span[1]) && span[0].isBefore(other[1])) {
                return true;
            }
        }
        return false;
    }

    /** A value as written: an integer, or a decimal with a point or a comma. */
    private static java.util.Optional<BigDecimal> energy(String value) {
        try {
            BigDecimal energy = new BigDecimal(value.replace(',', '.')).stripTrailingZeros();
            return java.util.Optional.of(energy.scale() < 0 ? energy.setScale(0) : energy);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
