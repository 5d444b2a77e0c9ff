/** Self-registration of customers: the login, the profile and the phone confirmed by a one-time code. */
package io.meterhub.cabinet.registration;
