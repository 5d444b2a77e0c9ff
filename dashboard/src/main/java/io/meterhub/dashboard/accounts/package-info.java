/**
 * Accounts: a customer's overview of their accounts, meters, last readings and notices.
 * Wiring: the accounts repository and the overview service, wired for the views.
 */
package io.meterhub.dashboard.accounts;
