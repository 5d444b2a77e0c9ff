/**
 * The staff side of grid connection: the queue of the grid company (or of the chosen supplier), an application's page with
 * the workflow's buttons, and the registration of a paper application.
 */
package io.meterhub.dashboard.connection.staff;
