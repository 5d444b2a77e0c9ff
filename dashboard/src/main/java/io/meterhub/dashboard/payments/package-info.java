/** Payments: a customer's debts and payments, and the sandbox payment page. */
package io.meterhub.dashboard.payments;
