package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;

/**
 * The staff queue's filters; a null criterion does not restrict.
 *
 * @param text matched (case-insensitive) against the number, the applicant's name, the address and the cadastral number
 */
public record QueueFilter(ApplicationStatus status, ApplicantCategory category, boolean overdueOnly, String text) {
    public static final QueueFilter ALL = new QueueFilter(null, null, false, null);
}
