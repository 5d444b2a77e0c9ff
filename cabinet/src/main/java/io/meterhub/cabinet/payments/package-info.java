/** Payments of debts through a payment provider (the sandbox), with their callbacks posted into the ledger. */
package io.meterhub.cabinet.payments;
