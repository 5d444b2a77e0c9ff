/**
 * Customers and accounts in the control panel: the search and the customer's card, their login
 * (create, block, password link), accounts linked to and unlinked from users (module USERS), and
 * manual edits of accounts, meters, readings and charges with a reason, in the audit log (module MANUAL_EDITING).
 */
package io.meterhub.cabinet.customers;
