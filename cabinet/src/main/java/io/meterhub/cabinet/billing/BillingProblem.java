package io.meterhub.cabinet.billing;

import java.util.List;

/** Why an account's service was not charged this run, as a message key with arguments. */
public record BillingProblem(String accountNumber, String serviceCode, String code, List<Object> args) {
}
