/**
 * The grid connection pages: the applicant's list, form and application page, the grid company's and supplier's queue and
 * application page, paper applications; the feature's Spring beans in {@code io.meterhub.dashboard.connection.ConnectionConfiguration}.
 */
package io.meterhub.dashboard.ui.connection;
