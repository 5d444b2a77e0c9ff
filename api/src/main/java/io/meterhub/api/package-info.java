/**
 * The integration API (issue 15): the server built from the OpenAPI contract ({@code ApiServer},
 * {@code Contract}), its configuration and its composition root ({@code ApiAssembly}).
 */
package io.meterhub.api;
