/**
 * Telemetry over HTTP: contract v1 documents checked by the pipeline's own decoder and published to
 * the broker like a controller's uplinks, so that one pipeline with one set of semantics handles both.
 */
package io.meterhub.api.telemetry;
