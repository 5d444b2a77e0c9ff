package io.meterhub.cabinet.help;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The reader's side: the articles by topic, one article, the search; each in the reader's language, or in the other one
 * with {@link HelpArticle#fallback()} set when the article has no text in the reader's. Any signed-in user reads.
 */
public final class HelpLibrary {
    public static final String NO_SUCH_ARTICLE = "help.no_such_article";

    private final HelpArticleRepository articles;
    private final HelpReaders readers;
    private final SafeMarkdown markdown;

    public HelpLibrary(HelpArticleRepository articles, HelpReaders readers, SafeMarkdown markdown) {
        this.articles = articles;
        this.readers = readers;
        this.markdown = markdown;
    }

    /** Topic by topic in their order, each topic's articles by position; topics without articles left out. */
    public Map<HelpTopic, List<HelpArticle>> topics(Viewer viewer, Locale locale) {
        Objects.requireNonNull(viewer, "viewer");
        Map<HelpTopic, List<HelpArticle>> byTopic = new EnumMap<>(HelpTopic.class);
        for (HelpArticleRow row : articles.readable(readers.organizationOf(viewer))) {
            byTopic.computeIfAbsent(HelpTopic.valueOf(row.topic()), t -> new java.util.ArrayList<>()).add(summary(row, locale));
        }
        return byTopic;
    }

    public HelpArticle article(Viewer viewer, String slug, Locale locale) {
        Objects.requireNonNull(viewer, "viewer");
        HelpArticleRow row = articles.readable(readers.organizationOf(viewer), slug == null ? "" : slug)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_ARTICLE));
        return shown(row, locale, true);
    }

    /** Articles matching every word (each as a prefix), best first; blank words find nothing. */
    public List<HelpArticle> search(Viewer viewer, String words, Locale locale) {
        Objects.requireNonNull(viewer, "viewer");
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return articles.search(readers.organizationOf(viewer), HelpReaders.language(locale), words).stream().map(r -> summary(r, locale)).toList();
    }

    private HelpArticle summary(HelpArticleRow row, Locale locale) {
        return shown(row, locale, false);
    }

    private HelpArticle shown(HelpArticleRow row, Locale locale, boolean withBody) {
        boolean english = "en".equals(HelpReaders.language(locale));
        boolean hasOwn = english ? row.titleEn() != null : row.titleRu() != null;
        boolean inEnglish = english == hasOwn;
        String title = inEnglish ? row.titleEn() : row.titleRu();
        String body = inEnglish ? row.bodyEn() : row.bodyRu();
        return new HelpArticle(row.slug(), HelpTopic.valueOf(row.topic()), title, withBody ? markdown.html(body) : "", inEnglish ? "en" : "ru", !hasOwn);
    }
}
