/** The billing ledger of an account: charges, payments and corrections, the debt, one write path for payments. */
package io.meterhub.cabinet.ledger;
