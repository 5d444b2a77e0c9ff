/** Receipts: a customer's monthly receipts as PDF. */
package io.meterhub.dashboard.receipts;
