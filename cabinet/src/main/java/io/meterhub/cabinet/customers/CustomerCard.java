package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as the control panel shows them: personal data masked, the login and its state, and the
 * accounts they hold with the viewer's organization (never another organization's).
 *
 * @param login null when {@code loginStatus} is NONE
 */
public record CustomerCard(long id, String kind, String name, String snils, String inn, String passport, String phone, String email,
                           LoginStatus loginStatus, String login, String blockedReason, List<Account> accounts) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "CustomerCard[" + id + ", " + kind + "]";
    }

    /** The card with the values a staff member opened (with a reason) in place of the masked ones. */
    public CustomerCard unmasked(PersonalDataOpenings.PersonalData opened) {
        return new CustomerCard(id, kind, name, opened.snils() == null ? snils : opened.snils(), opened.inn() == null ? inn : opened.inn(),
                opened.passport() == null ? passport : opened.passport(), opened.phone() == null ? phone : opened.phone(), email, loginStatus,
                login, blockedReason, accounts);
    }

    /** Whether anything on the card is masked that {@link PersonalDataOpenings#open} would show. */
    public boolean hasMaskedData() {
        return snils != null || passport != null || phone != null || (inn != null && inn.contains("*"));
    }


    /** @param balance the debt (positive) or overpayment (negative), all services together */
    public record Account(long id, String number, String organizationId, String organizationName, String address, LocalDate openedOn,
                          List<String> services, List<Meter> meters, BigDecimal balance) {
    }

    public record Meter(long id, String serviceCode, String serial, String model, int zones, int digits, int decimals,
                        LocalDate nextVerificationOn, LocalDate removedOn) {
    }
}
