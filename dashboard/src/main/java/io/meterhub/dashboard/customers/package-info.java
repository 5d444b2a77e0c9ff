/** The control panel's customers: the search page, the customer's card with its login and account actions, and the manual edit dialogs. */
package io.meterhub.dashboard.customers;
