package io.meterhub.cabinet.connection;

/** What is being connected. */
public enum ObjectKind {
    HOUSE, GARDEN_HOUSE, GARAGE, APARTMENT, SHOP, OFFICE, PRODUCTION, CONSTRUCTION_SITE, OTHER
}
