/** The meter registry over HTTP: a page of meters after a cursor, and bulk upserts by the registry's own rules. */
package io.meterhub.api.registry;
