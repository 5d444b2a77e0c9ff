/** Consent to personal data processing (152-FZ): recorded at sign-up with the text's version, asked again for a newer text. */
package io.meterhub.cabinet.consent;
