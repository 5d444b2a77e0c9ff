package io.meterhub.cabinet.connectionfee;

/** Who applies for connection; the same kinds as a customer of the cabinet. */
public enum ApplicantCategory {
    INDIVIDUAL, SOLE_PROPRIETOR, LEGAL_ENTITY
}
