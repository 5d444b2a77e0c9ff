package io.meterhub.cabinet.organizations;

/** What an organization is to its customers ({@code organization.kind}). */
public enum OrganizationKind {
    /** A grid company (сетевая организация): meters, telemetry, grid connection under Decree 861. */
    GRID_COMPANY,
    /** A housing utility or management company (УК, ТСЖ, РСО): accounts, services, receipts. */
    SERVICE_PROVIDER,
    /** A guaranteeing supplier (гарантирующий поставщик) that contracts supply after connection. */
    SUPPLIER
}
