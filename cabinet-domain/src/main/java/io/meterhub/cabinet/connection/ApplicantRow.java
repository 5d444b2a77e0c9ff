package io.meterhub.cabinet.connection;

import java.time.Instant;

/**
 * An applicant's profile: the customer row with the fields connection needs. Personal data kept whole;
 * services mask it before showing.
 *
 * @param kind     INDIVIDUAL, SOLE_PROPRIETOR or LEGAL_ENTITY
 * @param fullName a person's name, or a company's name
 */
public record ApplicantRow(long id, Long userId, String kind, String fullName, String representativeName, String snils, String inn,
                           String ogrn, String phone, String email, String passport, Instant phoneConfirmedAt) {
    @Override
    public String toString() {
        return "ApplicantRow[" + id + ", " + kind + "]";
    }
}
