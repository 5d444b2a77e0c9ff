package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a monthly receipt shows, read in one snapshot.
 *
 * @param period      the first day of the month
 * @param debtAtStart charges and adjustments minus payments of all months before the period
 */
public record ReceiptSource(PayeeRequisites payee, ReceiptAccount account, LocalDate period, BigDecimal debtAtStart,
                            List<ReceiptCharge> charges, List<ReceiptPayment> payments) {
    public ReceiptSource {
        charges = List.copyOf(charges);
        payments = List.copyOf(payments);
    }

    public BigDecimal charged() {
        return charges.stream().map(ReceiptCharge::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public BigDecimal paid() {
        return payments.stream().map(ReceiptPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** The debt at the end of the month: what is left to pay (negative: an advance). */
    public BigDecimal totalToPay() {
        return debtAtStart.add(charged()).subtract(paid()).setScale(2);
    }
}
