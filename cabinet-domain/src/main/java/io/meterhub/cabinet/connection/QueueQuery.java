package io.meterhub.cabinet.connection;

import java.time.LocalDate;

/**
 * The staff queue: exactly one of organizationId (a grid company's applications) and supplierId (those
 * that chose a supplier); drafts are left out except the grid company's paper ones.
 *
 * @param overdueOn when set, only those whose deadline is before this day (and still running)
 * @param text      matched case-insensitively against number, applicant, address, cadastral number
 */
public record QueueQuery(String organizationId, String supplierId, String status, String category, LocalDate overdueOn, String text) {
}
