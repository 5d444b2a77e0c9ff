/** The control panel's organization properties page and its sub-organizations. */
package io.meterhub.dashboard.organizations;
