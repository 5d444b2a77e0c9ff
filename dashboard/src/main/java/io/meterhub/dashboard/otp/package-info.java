/** One-time codes: their repository, the service and the delivery by SMS with an email copy. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.otp;
