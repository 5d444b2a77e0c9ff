/** Consent to personal data processing: the page with the text in force and its acceptance, and the layout's banner. */
package io.meterhub.dashboard.consent;
