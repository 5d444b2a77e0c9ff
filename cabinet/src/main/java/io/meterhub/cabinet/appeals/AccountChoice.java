package io.meterhub.cabinet.appeals;

/** An account the customer may write about, with the organization that receives the appeal. */
public record AccountChoice(long accountId, String accountNumber, String organizationName, String address) {
}
