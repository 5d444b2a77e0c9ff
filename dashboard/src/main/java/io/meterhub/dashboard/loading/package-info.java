/**
 * Data loading in the control panel (admin/loading): templates, upload, the check's preview with every
 * bad field, apply with its progress, the history of loads with their error files.
 */
package io.meterhub.dashboard.loading;
