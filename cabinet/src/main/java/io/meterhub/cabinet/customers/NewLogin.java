package io.meterhub.cabinet.customers;

/** A login staff create for a customer who has none: the customer sets the password by the emailed one-time link. */
public record NewLogin(String login, String email) {
    @Override
    public String toString() {
        return "NewLogin[" + login + "]";
    }
}
