package io.meterhub.cabinet.notices;

/** Whom an announcement is for: every customer of the organization, those at some houses of a street, those with a service. */
public enum AudienceKind {
    ALL, ADDRESS, SERVICE
}
