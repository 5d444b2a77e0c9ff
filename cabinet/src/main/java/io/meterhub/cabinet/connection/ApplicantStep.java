package io.meterhub.cabinet.connection;

/**
 * Step 1: the applicant is the profile (prefilled from it); this step only says whether a
 * representative files on the applicant's behalf (then a power of attorney is required).
 *
 * @param representativeName the representative's full name when {@code byRepresentative}
 */
public record ApplicantStep(boolean byRepresentative, String representativeName) {
    @Override
    public String toString() {
        return "ApplicantStep[" + byRepresentative + "]";
    }
}
