package io.meterhub.cabinet.connection;

/**
 * What a document is. TITLE (title to the land or building) and LOCATION_PLAN are required for every
 * submission, POWER_OF_ATTORNEY when a representative files; TECHNICAL_CONDITIONS is uploaded by the
 * grid company before the offer; INVOICE and CONTRACT are generated with the offer.
 */
public enum DocumentKind {
    TITLE, LOCATION_PLAN, POWER_OF_ATTORNEY, SCAN, TECHNICAL_CONDITIONS, INVOICE, CONTRACT, OTHER
}
