package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;

/**
 * An applicant's data as entered. Which fields are required depends on the category:
 * <ul>
 *   <li>INDIVIDUAL: fullName, snils;</li>
 *   <li>SOLE_PROPRIETOR: fullName, inn (12 digits), ogrn (the OGRNIP, 15 digits);</li>
 *   <li>LEGAL_ENTITY: companyName, inn (10 digits), ogrn (13 digits), fullName = the representative who acts for it.</li>
 * </ul>
 * Always: phone (any common Russian notation, stored as E.164 {@code +7XXXXXXXXXX}); email optional
 * but needed for email notifications; passport (series and number, 10 digits) optional.
 */
public record ProfileForm(ApplicantCategory category, String fullName, String companyName, String snils, String inn, String ogrn,
                          String phone, String email, String passport) {
    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "ProfileForm[" + category + "]";
    }
}
