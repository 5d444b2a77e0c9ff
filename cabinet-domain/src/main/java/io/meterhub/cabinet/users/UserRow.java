package io.meterhub.cabinet.users;

/** @param organizationId the organization an operator or administrator works for; null for customers */
public record UserRow(long id, String login, String passwordHash, String role, String displayName, String locale, String organizationId,
                      boolean blocked) {
    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "UserRow[" + id + ", " + login + ", " + role + ", " + organizationId + "]";
    }
}
