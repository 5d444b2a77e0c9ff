package io.meterhub.cabinet.help;

import io.meterhub.cabinet.common.Tx;

import java.util.List;
import java.util.Optional;

/**
 * Help articles per organization over the product's defaults: an organization's article replaces the default of the same
 * slug, and every default it has not replaced is read as its own.
 */
public interface HelpArticleRepository {
    /** What the organization's readers see, by topic and position; null reads the product's defaults alone. */
    List<HelpArticleRow> readable(String organizationId);

    /** The organization's article of that slug, else the product's. */
    Optional<HelpArticleRow> readable(String organizationId, String slug);

    /**
     * Readable articles whose title or body match the words, in the language given ("ru" or "en"; PostgreSQL full text with
     * that language's stemming), an article without that language searched in the other; best match first.
     */
    List<HelpArticleRow> search(String organizationId, String language, String words);

    /** The organization's own article (never a default), locked for the rest of the transaction. */
    Optional<HelpArticleRow> own(Tx tx, String organizationId, String slug);

    /** Writes the organization's article of that slug, a new one or over the old one. */
    void save(Tx tx, HelpArticleRow article, long userId);

    /** Removes the organization's own article; the default of that slug, if any, is read again. */
    boolean delete(Tx tx, String organizationId, String slug);
}
