/** Accounts: a customer's personal accounts with their meters, services, last readings and debt, as the overview shows them. */
package io.meterhub.cabinet.accounts;
