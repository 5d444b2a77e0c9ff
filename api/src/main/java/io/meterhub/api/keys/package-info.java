/**
 * API keys of organizations: made and revoked by {@code ./meterhub api-key}, shown once, kept as a
 * SHA-256; each with the scopes it grants.
 */
package io.meterhub.api.keys;
