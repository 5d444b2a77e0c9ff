package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.connection.ApplicantRow;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;

/**
 * An applicant's profile as shown: personal data masked ({@link Masking}). The whole values never
 * leave the services except into generated documents.
 *
 * @param customerId     the applicant (a {@code customer} row; also the holder of accounts)
 * @param userId         their login; null for an applicant registered by staff from a paper application
 * @param displayName    a person as "Иванов И. И.", a sole proprietor as "ИП Иванов И. И.", a company by its name
 * @param representative a company's representative as "Петров П. П."; null for others
 * @param snils          masked; null when none
 * @param inn            a person's INN masked, a company's INN whole; null when none
 * @param ogrn           OGRN or OGRNIP (public registers), whole; null when none
 * @param phone          masked; null when none
 * @param email          masked; null when none
 * @param passport       masked; null when none
 * @param phoneConfirmed whether the phone was confirmed by a one-time code
 * @param complete       whether everything its category requires is there (and valid)
 */
public record ApplicantProfile(long customerId, Long userId, ApplicantCategory category, String displayName, String representative,
                               String snils, String inn, String ogrn, String phone, String email, String passport,
                               boolean phoneConfirmed, boolean complete) {

    public static ApplicantProfile of(ApplicantRow row) {
        ApplicantCategory category = ApplicantCategory.valueOf(row.kind());
        return new ApplicantProfile(row.id(), row.userId(), category, displayName(category, row.fullName()),
                row.representativeName() == null ? null : Masking.personName(row.representativeName()),
                row.snils() == null ? null : Masking.snils(row.snils()), row.inn() == null ? null : Masking.inn(row.inn()), row.ogrn(),
                row.phone() == null ? null : Masking.phone(row.phone()), Masking.email(row.email()),
                row.passport() == null ? null : Masking.passport(row.passport()), row.phoneConfirmedAt() != null,
                ProfileRules.problems(form(row)).isEmpty());
    }

    /** How an applicant is named in lists: people masked, companies whole. */
    public static String displayName(ApplicantCategory category, String fullName) {
        if (category == ApplicantCategory.SOLE_PROPRIETOR && fullName != null && !fullName.startsWith("ИП ")) {
            return "ИП " + Masking.personName(fullName);
        }
        return Masking.holder(category.name(), fullName);
    }

    /** The stored profile as the form that would make it (for checking completeness). */
    static ProfileForm form(ApplicantRow row) {
        ApplicantCategory category = ApplicantCategory.valueOf(row.kind());
        boolean company = category == ApplicantCategory.LEGAL_ENTITY;
        String person = row.fullName() != null && row.fullName().startsWith("ИП ") ? row.fullName().substring(3) : row.fullName();
        return new ProfileForm(category, company ? row.representativeName() : person, company ? row.fullName() : null, row.snils(), row.inn(),
                row.ogrn(), row.phone(), row.email(), row.passport());
    }
}
