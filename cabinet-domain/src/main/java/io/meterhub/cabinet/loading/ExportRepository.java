package io.meterhub.cabinet.loading;

import java.time.LocalDate;
import java.util.List;

/**
 * What an organization takes out (Выгрузка): the readings its customers submitted, the payments it
 * received, its registry of accounts and meters. Rows come as text already in the order of their columns
 * (dates as ДД.ММ.ГГГГ, amounts with a decimal comma, as Russian Excel and 1C read them); the cabinet writes them into a file.
 */
public interface ExportRepository {
    /** Accepted readings submitted by customers (not by staff, not loaded) taken on days of [from, to]. */
    List<List<String>> customerReadings(String organizationId, LocalDate from, LocalDate to);

    /** The organization's shares of succeeded payments completed on days of [from, to] of its own calendar. */
    List<List<String>> payments(String organizationId, LocalDate from, LocalDate to);

    /** Every account with its holder and each meter not removed (an account without meters is one row with the meter's columns empty). */
    List<List<String>> registry(String organizationId);
}
