package io.meterhub.cabinet.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.anomalies.AnomalyRepository;
import io.meterhub.cabinet.telemetry.RegisterSample;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Holds the zones of one manual submission of a smart meter against its raw register values (see
 * {@link MismatchRules} for the band and the tolerance) and raises one {@code MANUAL_READING_MISMATCH}
 * anomaly for the submission when any zone is off, with every off zone's figures as evidence.
 * A meter whose registers cannot be told apart by zone, or with no telemetry near the day, is not judged.
 */
public final class TelemetryCrossCheck {
    static final String KIND = "MANUAL_READING_MISMATCH";
    private static final Logger LOG = LoggerFactory.getLogger(TelemetryCrossCheck.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelemetryRepository telemetry;
    private final AnomalyRepository anomalies;
    private final MismatchRules rules;

    public TelemetryCrossCheck(TelemetryRepository telemetry, AnomalyRepository anomalies, MismatchRules rules) {
        this.telemetry = telemetry;
        this.anomalies = anomalies;
        this.rules = rules;
    }

    /** One submitted zone value with its stored reading's id. */
    record Submitted(long readingId, int zone, BigDecimal value) {
    }

    /** @return the anomaly raised, if the readings disagree with telemetry */
    Optional<Long> check(AccountMeterRow meter, String organizationId, ZoneId zoneId, LocalDate takenOn, Instant submittedAt,
                         List<Submitted> readings) {
        if (!meter.smart()) {
            return Optional.empty();
        }
        Optional<Integer> tariffRegisters = telemetry.tariffRegisters(meter.telemetryMeterId());
        if (tariffRegisters.isEmpty()) {
            return Optional.empty();
        }
        Instant dayStart = takenOn.atStartOfDay(zoneId).toInstant();
        Instant dayEnd = takenOn.plusDays(1).atStartOfDay(zoneId).toInstant();
        Instant at = submittedAt.isBefore(dayStart) ? dayStart : submittedAt.isAfter(dayEnd) ? dayEnd : submittedAt;
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("taken_on", takenOn.toString()).put("submitted_at", submittedAt.toString()).put("telemetry_meter", meter.telemetryMeterId())
                .put("tolerance", rules.tolerance());
        ArrayNode zones = evidence.putArray("zones");
        BigDecimal worst = BigDecimal.ZERO;
        for (Submitted reading : readings) {
            String obis = register(meter, tariffRegisters.get(), reading.zone());
            if (obis == null) {
                continue;
            }
            Optional<BigDecimal> high = valueAt(meter.telemetryMeterId(), obis, at);
            if (high.isEmpty()) {
                continue;
            }
            BigDecimal low = valueAt(meter.telemetryMeterId(), obis, dayStart).filter(v -> v.compareTo(high.get()) <= 0).orElse(high.get());
            BigDecimal difference;
            if (reading.value().compareTo(low.subtract(rules.tolerance())) < 0) {
                difference = reading.value().subtract(low);
            } else if (reading.value().compareTo(high.get().add(rules.tolerance())) > 0) {
                difference = reading.value().subtract(high.get());
            } else {
                continue;
            }
            zones.addObject().put("zone", reading.zone()).put("register", obis).put("reading_id", reading.readingId())
                    .put("manual", reading.value()).put("telemetry_from", low).put("telemetry_to", high.get()).put("difference", difference);
            if (difference.abs().compareTo(worst) > 0) {
                worst = difference.abs();
            }
        }
        if (zones.isEmpty()) {
            return Optional.empty();
        }
        evidence.put("telemetry_at", at.toString()).put("difference", worst);
        String severity = rules.severity(worst);
        double score = worst.divide(rules.tolerance().max(BigDecimal.ONE), 2, RoundingMode.HALF_UP).doubleValue();
        long id = anomalies.raise(meter.telemetryMeterId(), organizationId, KIND, submittedAt, submittedAt, severity, score, evidence.toString(),
                submittedAt);
        LOG.info("meter {}: manual reading off telemetry by {} ({}), anomaly {}", meter.id(), worst.toPlainString(), severity, id);
        return Optional.of(id);
    }

    /** The raw register that holds the zone's reading; null when the telemetry does not tell zones apart. */
    private static String register(AccountMeterRow meter, int tariffRegisters, int zone) {
        if (meter.zones() == 1) {
            return "1.8.0";
        }
        return tariffRegisters >= zone ? "1.8." + zone : null;
    }

    /** The register's value at a moment: interpolated between the nearest raw values around it, or a fresh one on one side. */
    private Optional<BigDecimal> valueAt(String meterId, String obis, Instant at) {
        Optional<RegisterSample> before = telemetry.sampleBefore(meterId, obis, at, at.minus(rules.reach()));
        Optional<RegisterSample> after = telemetry.sampleAfter(meterId, obis, at, at.plus(rules.reach()));
        if (before.isPresent() && after.isPresent()) {
            RegisterSample b = before.get();
            RegisterSample a = after.get();
            long span = a.ts().toEpochMilli() - b.ts().toEpochMilli();
            double value = span == 0 ? b.value() : b.value() + (a.value() - b.value()) * (at.toEpochMilli() - b.ts().toEpochMilli()) / span;
            return Optional.of(rounded(value));
        }
        if (before.isPresent() && !before.get().ts().isBefore(at.minus(rules.fresh()))) {
            return Optional.of(rounded(before.get().value()));
        }
        if (after.isPresent() && !after.get().ts().isAfter(at.plus(rules.fresh()))) {
            return Optional.of(rounded(after.get().value()));
        }
        return Optional.empty();
    }

    private static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
