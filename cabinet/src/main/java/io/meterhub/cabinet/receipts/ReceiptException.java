package io.meterhub.cabinet.receipts;

import io.meterhub.cabinet.payments.PaymentMessages;

/** A receipt that cannot be given: {@link #messageKey()} is {@code receipt.notFound} or {@code receipt.forbidden}. */
public class ReceiptException extends RuntimeException {
    private final String messageKey;

    public ReceiptException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public static ReceiptException notFound(long accountId) {
        return new ReceiptException(PaymentMessages.RECEIPT_NOT_FOUND, "no account " + accountId);
    }

    public static ReceiptException forbidden(long userId, long accountId) {
        return new ReceiptException(PaymentMessages.RECEIPT_FORBIDDEN, "user " + userId + " may not see account " + accountId);
    }

    public String messageKey() {
        return messageKey;
    }
}
