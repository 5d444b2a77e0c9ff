package io.meterhub.cabinet.aiis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the АИИС КУЭ exchange reads and keeps. */
public interface AiisRepository {

    /** The organization's measuring points, by code then channel; a page after the given (code, channel), or from the start. */
    List<MeasuringPoint> measuringPoints(String organizationId, String afterCode, String afterChannel, int limit);

    /** The channels of one point of the organization. */
    List<MeasuringPoint> measuringPoint(String organizationId, String code);

    /** Whether the meter is the organization's. */
    boolean ownsMeter(String organizationId, String meterId);

    /**
     * Writes the point's channel; returns {@code created}, {@code updated} or {@code unchanged}, or
     * empty when the meter's register is already mapped to another point or channel.
     */
    Optional<String> upsertMeasuringPoint(String organizationId, MeasuringPoint point);

    /** The first answer given to a file with this key, when one was taken in. */
    Optional<String> fileAnswer(String organizationId, String senderInn, LocalDate day, long number);

    /** Records a file taken in with its answer; false when it was already recorded (a concurrent repeat). */
    boolean recordFile(String organizationId, String senderInn, LocalDate day, long number, String answerJson);

    /** The register's stored intervals that start within [from, to), by start. */
    List<StoredInterval> intervals(String meterId, String obis, Instant from, Instant to);

    /** The register's hourly consumption for hours starting within [from, to): hour start to kWh. */
    java.util.Map<Instant, Double> hourly(String meterId, String obis, Instant from, Instant to);
}
