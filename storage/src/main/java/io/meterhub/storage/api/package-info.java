/**
 * The integration API's table of the first answers to requests with an Idempotency-Key (migration V22;
 * the API keys are the cabinet's apikeys).
 */
package io.meterhub.storage.api;
