package io.meterhub.cabinet.customers;

/** A customer's details as an integration writes them: the holder of the organization's account of this number. */
public record CustomerItem(String accountNumber, String kind, String fullName, String phone, String email) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "CustomerItem[" + accountNumber + ", " + kind + "]";
    }

}
