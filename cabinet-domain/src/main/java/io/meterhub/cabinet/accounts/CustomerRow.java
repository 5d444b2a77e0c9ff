package io.meterhub.cabinet.accounts;

/** A customer with personal data kept whole; services mask it before showing. */
public record CustomerRow(long id, Long userId, String kind, String fullName, String snils, String inn, String phone, String email) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "CustomerRow[" + id + ", " + kind + ", user " + userId + "]";
    }

}
