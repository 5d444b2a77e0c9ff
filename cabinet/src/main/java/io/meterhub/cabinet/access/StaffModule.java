package io.meterhub.cabinet.access;

/**
 * The modules of the control panel a staff user may be granted ({@code staff_grant.module}). An
 * organization's administrator holds them all; an operator only those granted.
 */
public enum StaffModule {
    /** Requisites, time zone, zone schedule, services, tariffs, reading window, sub-organizations. */
    ORGANIZATION,
    /** Customers and their logins: search, create, block, link accounts. */
    USERS,
    /** Loading accounts, meters, readings, charges and payments from files; exports. */
    DATA_LOADING,
    /** Editing accounts, meters, readings and charges by hand, with a reason. */
    MANUAL_EDITING,
    /** Controllers and meters telemetry comes from (consumption channels). */
    REGISTRY,
    /** Manual readings customers submitted: review, accept, reject. */
    READINGS,
    /** Customers' appeals and connection applications. */
    APPEALS,
    /** Announcements to all subscribers. */
    ANNOUNCEMENTS,
    /** Staff users and their modules. */
    STAFF
}
