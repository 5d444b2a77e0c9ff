package io.meterhub.cabinet.customers;

import java.time.LocalDate;

/** The control panel's edits by hand of an account and a meter (readings and charges go through their own repositories). */
public interface ManualEditRepository {
    void updateAccount(long accountId, String address, LocalDate openedOn);

    void updateMeter(long meterId, String serial, String model, int digits, int decimals, LocalDate nextVerificationOn);

    /** Another meter of the account already has this serial. */
    boolean serialTaken(long accountId, String serial, long exceptMeterId);
}
