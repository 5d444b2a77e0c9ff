/**
 * The integration API's tables (migration V22): API keys, kept as hashes, and the first answers to
 * requests with an Idempotency-Key.
 */
package io.meterhub.storage.api;
