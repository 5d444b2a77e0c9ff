package io.meterhub.cabinet.readings;

/** A reading waiting for an operator, with what identifies it on the operator's screen. */
public record FlaggedReadingRow(ReadingRow reading, long accountId, String accountNumber, String meterSerial, String serviceCode) {
}
