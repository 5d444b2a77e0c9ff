/**
 * Sign-in protection: the throttle of failed sign-ins per login and per address (a growing delay, then a temporary
 * lock; attempts while locked are refused without the password being checked) and the history of sign-ins that a user
 * reads and an administrator searches.
 */
package io.meterhub.cabinet.signin;
