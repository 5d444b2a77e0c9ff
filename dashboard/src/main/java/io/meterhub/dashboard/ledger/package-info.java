/** Ledger: the ledger repository and service. Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.ledger;
