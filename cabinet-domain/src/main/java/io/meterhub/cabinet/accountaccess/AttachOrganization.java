package io.meterhub.cabinet.accountaccess;

/** An organization whose accounts customers attach: the choice when an account number is not unique. */
public record AttachOrganization(String id, String name) {
}
