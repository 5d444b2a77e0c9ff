/** Who may see what: a customer sees the accounts they hold, staff the accounts of their own organization. */
package io.meterhub.cabinet.access;
