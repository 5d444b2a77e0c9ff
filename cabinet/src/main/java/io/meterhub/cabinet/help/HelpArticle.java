package io.meterhub.cabinet.help;

/**
 * An article as a reader gets it, in one language.
 *
 * @param language "ru" or "en": the reader's, or the other one when the article has no text in the reader's
 * @param fallback true when the text is in the other language than the reader's
 * @param html     the body rendered by {@link SafeMarkdown}
 */
public record HelpArticle(String slug, HelpTopic topic, String title, String html, String language, boolean fallback) {
}
