/**
 * Receipts: a customer's monthly receipts as PDF.
 * Wiring: the receipt queries and service.
 */
package io.meterhub.dashboard.receipts;
