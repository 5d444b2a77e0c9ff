/** Consent to personal data processing (152-FZ): the acceptances and the version of the text each accepted. */
package io.meterhub.cabinet.consent;
