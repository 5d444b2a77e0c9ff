package io.meterhub.cabinet.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows a billing system takes out, of one organization only, each kind in a stable order so that a page
 * starts after the last row of the one before ({@code after}: null for the first page), whatever is added meanwhile.
 * Days are those of the organization's calendar; {@code from} and {@code to} are both included.
 */
public interface ExchangeRepository {
    /** Readings customers submitted (not staff, not loads) on days of [from, to], whatever became of them, by id. */
    List<SubmittedReading> submittedReadings(String organizationId, LocalDate from, LocalDate to, Long after, int limit);

    /** The organization's shares of succeeded payments completed on days of [from, to], by payment, account and service. */
    List<ReceivedPayment> payments(String organizationId, LocalDate from, LocalDate to, ReceivedPayment.Key after, int limit);

    /** The organization's connection applications past their draft, by id, each with its documents' metadata. */
    List<ApplicationRecord> applications(String organizationId, Long after, int limit);

    /** Anomalies resolved as theft (CONFIRMED_THEFT) on days of [from, to] (either may be null: open-ended), by id. */
    List<TheftRecord> thefts(String organizationId, LocalDate from, LocalDate to, Long after, int limit);
}
