/** API keys of organizations (table {@code api_key}, migration V22), kept as SHA-256 hashes. */
package io.meterhub.storage.cabinet.apikeys;
