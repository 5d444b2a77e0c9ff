package io.meterhub.cabinet.help;

/**
 * An article as its editor writes it, both languages in Markdown; a language left without a title has no text and its
 * readers get the other one.
 *
 * @param own true when the organization wrote it, false for the product's default it has not replaced
 */
public record ArticleDraft(String slug, HelpTopic topic, int position, String titleRu, String bodyRu, String titleEn, String bodyEn, boolean own) {
    public static ArticleDraft of(HelpArticleRow row, String organizationId) {
        return new ArticleDraft(row.slug(), HelpTopic.valueOf(row.topic()), row.position(), row.titleRu(), row.bodyRu(), row.titleEn(), row.bodyEn(),
                organizationId != null && organizationId.equals(row.organizationId()));
    }
}
