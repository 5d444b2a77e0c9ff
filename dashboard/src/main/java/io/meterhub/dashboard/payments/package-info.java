/** Payments: the sandbox provider and its settings, the payment service posting through the ledger. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.payments;
