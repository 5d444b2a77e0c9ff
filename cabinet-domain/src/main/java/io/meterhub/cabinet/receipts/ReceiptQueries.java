package io.meterhub.cabinet.receipts;

import java.time.LocalDate;
import java.util.Optional;

/** Reads what a monthly receipt of one account shows, in one repeatable-read snapshot. */
public interface ReceiptQueries {
    /** Empty when the account does not exist. {@code period} is any day of the month. */
    Optional<ReceiptSource> load(long accountId, LocalDate period);

    /**
     * Whether the user may see the account's receipts: the customer who holds it, or an operator or
     * administrator of the account's organization.
     */
    boolean mayView(long userId, long accountId);
}
