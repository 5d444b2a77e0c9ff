package io.meterhub.cabinet.loading;

import java.time.Instant;

/** One load of a file, without its content. {@code error} is a message key when the whole load failed. */
public record DataLoadRow(long id, String organizationId, String kind, String fileName, String format, byte[] contentSha256, long uploadedBy,
                          String uploaderLogin, Instant uploadedAt, String status, int rowsTotal, int rowsChecked, int rowsValid, int rowsBad,
                          int rowsNew, int rowsUpdated, int rowsApplied, Instant finishedAt, String error, String errorArg) {
}
