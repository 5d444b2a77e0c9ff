package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.common.Messages;

import java.time.Instant;
import java.util.Locale;

/**
 * A load as the control panel shows it: the file, who uploaded it and when, where it is, its counts.
 *
 * @param rowsDone        rows checked while checking, rows written while applying
 * @param error           a message key when the whole load failed, with {@code errorArg}
 * @param alreadyLoadedBy for a checked load whose content another load applied: that load's uploader (and
 *                        {@code alreadyLoadedAt} when it was applied); applying this one is refused
 */
public record DataLoad(long id, LoadKind kind, String fileName, LoadFormat format, String uploadedBy, Instant uploadedAt, LoadStatus status,
                       int rowsTotal, int rowsValid, int rowsBad, int rowsNew, int rowsUpdated, int rowsApplied, int rowsDone,
                       Instant finishedAt, String error, String errorArg, String alreadyLoadedBy, Instant alreadyLoadedAt) {
    /** How far a running load is, from 0 to 1. */
    public double progress() {
        return switch (status) {
            case CHECKING -> rowsTotal == 0 ? 0 : Math.min(1, (double) rowsDone / rowsTotal);
            case APPLYING -> rowsValid == 0 ? 0 : Math.min(1, (double) rowsDone / rowsValid);
            default -> 1;
        };
    }

    public boolean applicable() {
        return status == LoadStatus.CHECKED && rowsValid > 0 && alreadyLoadedBy == null;
    }

    /** Why the whole load failed, in the user's language; null when it did not. */
    public String errorMessage(Locale locale) {
        return error == null ? null : Messages.format(error, locale, errorArg == null ? "" : errorArg);
    }
}
