package io.meterhub.cabinet.accountaccess;

/** A registered customer found by their login, email or phone: the one a holder delegates to. */
public record GrantedUser(long id, String login, String displayName) {
}
