/** Customers and accounts in the control panel: the indexed, paged search, the customer's card, linking accounts to logins, manual edits. */
package io.meterhub.storage.cabinet.customers;
