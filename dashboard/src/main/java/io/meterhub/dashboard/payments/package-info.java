/**
 * Payments: a customer's debts and payments, and the sandbox payment page.
 * Wiring: the sandbox provider and its settings, the payment service posting through the ledger.
 */
package io.meterhub.dashboard.payments;
