package io.meterhub.cabinet.loading;

/** A service an account is charged for from now on ({@code charged}) or no more. */
public record ServiceLoadRow(String accountNumber, String service, boolean charged) {
}
