package io.meterhub.cabinet.ledger;

public enum EntryKind {
    CHARGE, PAYMENT, ADJUSTMENT
}
