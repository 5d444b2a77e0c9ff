/**
 * API keys of organizations: made and revoked in the control panel (by the organization's administrator)
 * and by {@code ./meterhub api-key}, audited both ways; shown once, kept as a
 * SHA-256; each with the scopes it grants.
 */
package io.meterhub.cabinet.apikeys;
