package io.meterhub.cabinet.billing;

/** One row of a charges file as text, exactly as it came. */
public record ChargeRow(int rowNumber, String accountNumber, String serviceCode, String period, String amount, String description) {
}
