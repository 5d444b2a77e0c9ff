package io.meterhub.cabinet.help;

import java.time.Instant;

/**
 * One saved version of a public page.
 *
 * @param organizationId null for the product's own text
 * @param savedByName    the display name of who saved it, null for the product's text
 */
public record PublicPageRow(long version, String organizationId, String kind, String bodyRu, String bodyEn, Instant savedAt, String savedByName) {
}
