package io.meterhub.cabinet.connection;

/** A paper application's confirmation by the customer it was registered for. */
public enum PaperConfirmationState { NOT_NEEDED, AWAITING, CONFIRMED }
