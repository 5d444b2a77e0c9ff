package io.meterhub.cabinet.correspondence;

/** @param customerUserId the customer's side, null when the customer has no login */
public record ThreadRow(long id, String subjectKind, long subjectId, Long customerUserId) {
}
