/**
 * The grid connection pages: the applicant's list, form and application page, the grid company's and supplier's queue and
 * application page, paper applications; the feature's Spring beans in {@link io.meterhub.dashboard.connection.ConnectionConfiguration}.
 */
package io.meterhub.dashboard.connection;
