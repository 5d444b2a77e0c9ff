package io.meterhub.cabinet.receipts;

/** The account as the receipt shows it; the holder's name is whole here and masked by the receipt. */
public record ReceiptAccount(long id, String number, String address, String holderName, String holderKind) {
}
