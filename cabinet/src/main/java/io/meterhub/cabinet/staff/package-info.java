/**
 * Staff of an organization and their rights per module of the control panel ({@link io.meterhub.cabinet.access.StaffModule}):
 * granted by an administrator, checked by every control panel service ({@link io.meterhub.cabinet.access.StaffRights}),
 * blocked, unblocked, their sessions ended and their password reset by a one-time link.
 */
package io.meterhub.cabinet.staff;
