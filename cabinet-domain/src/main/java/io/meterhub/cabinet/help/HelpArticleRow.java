package io.meterhub.cabinet.help;

import java.time.Instant;

/**
 * A stored help article: its text in each language (a language without a title has none of its own).
 *
 * @param organizationId the organization that wrote it, null for the product's default article
 */
public record HelpArticleRow(long id, String organizationId, String slug, String topic, int position, String titleRu, String bodyRu,
                             String titleEn, String bodyEn, Instant updatedAt) {
}
