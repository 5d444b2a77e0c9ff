/**
 * The contract's readable page, {@code GET /api/v1/docs}: Redoc, bundled in the jar (no CDN), renders
 * {@code /api/v1/openapi.yaml} in the browser.
 */
package io.meterhub.api.docs;
