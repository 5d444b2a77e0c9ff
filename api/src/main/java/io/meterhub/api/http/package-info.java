/**
 * What every operation shares: the key, its scopes and its rate checked before validation, the
 * Idempotency-Key, running operations off the event loop, and turning every failure into a problem.
 */
package io.meterhub.api.http;
