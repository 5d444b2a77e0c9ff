/** Accounts: a customer's overview of their accounts, meters, last readings and notices. */
package io.meterhub.dashboard.accounts;
