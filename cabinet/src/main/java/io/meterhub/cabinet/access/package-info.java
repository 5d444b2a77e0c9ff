/**
 * Who may see what: a customer the accounts they hold, attached or were delegated (within the delegation's kind),
 * staff the accounts of their own organization.
 */
package io.meterhub.cabinet.access;
