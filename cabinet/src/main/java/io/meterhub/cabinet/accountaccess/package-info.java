/**
 * Self-service accounts and delegation: a customer attaches an account by its number and the receipt's secret (PIN or
 * last charge), and a holder hands one account to another user (view; readings; readings and payments) until a date.
 */
package io.meterhub.cabinet.accountaccess;
