package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.registration.ProfileForm;

/**
 * The applicant of a paper application: an existing customer by login, or (login null) a new
 * applicant without a login, created from the form.
 */
public record PaperApplicant(String login, ProfileForm newApplicant) {
}
