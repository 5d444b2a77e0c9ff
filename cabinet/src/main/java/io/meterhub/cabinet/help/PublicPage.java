package io.meterhub.cabinet.help;

/**
 * A public page as a reader gets it.
 *
 * @param fallback true when the text is in the other language than the reader's
 */
public record PublicPage(PublicPageKind kind, String html, String language, boolean fallback) {
}
