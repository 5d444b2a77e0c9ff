package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.registration.ApplicantProfile;

/** Step 1 as shown: the applicant's profile (masked) and whether a representative files. */
public record ApplicantData(ApplicantProfile profile, boolean byRepresentative, String representativeName) {
}
