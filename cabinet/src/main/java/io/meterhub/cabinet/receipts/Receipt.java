package io.meterhub.cabinet.receipts;


/**
 * A built receipt.
 *
 * @param fileName  e.g. {@code receipt-100001-2026-10.pdf}
 * @param qrPayload the GOST R 56042-2014 payload printed as the QR code; null when the organization's
 *                  bank requisites are not filled in (the receipt then says so instead of a QR)
 */
public record Receipt(byte[] pdf, String fileName, String qrPayload, ReceiptSource source) {
}
