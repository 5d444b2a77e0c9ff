/**
 * Registration: the applicant's sign-up with a confirmed phone and their profile.
 * Wiring: the self-registration service.
 */
package io.meterhub.dashboard.registration;
