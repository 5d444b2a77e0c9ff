/** Accounts: the accounts repository and the overview service, wired for the views. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.accounts;
