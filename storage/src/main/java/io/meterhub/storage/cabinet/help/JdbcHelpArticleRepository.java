package io.meterhub.storage.cabinet.help;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.help.HelpArticleRepository;
import io.meterhub.cabinet.help.HelpArticleRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link HelpArticleRepository} over JDBC. Search is PostgreSQL full text over the title and body the reader is shown (the
 * other language's when the article lacks the reader's), stemmed by that text's language, each word a prefix; the title
 * weighs more than the body.
 */
public final class JdbcHelpArticleRepository implements HelpArticleRepository {
    /** The organization's articles and the defaults it has not replaced; takes the organization twice. */
    private static final String READABLE = """
            SELECT a.* FROM help_article a
             WHERE a.organization_id = ?::text
                OR (a.organization_id IS NULL AND NOT EXISTS (
                    SELECT 1 FROM help_article o WHERE o.organization_id = ?::text AND o.slug = a.slug))
            """;
    private static final String ORDER = " ORDER BY topic, position, slug";

    private final DataSource dataSource;

    public JdbcHelpArticleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<HelpArticleRow> readable(String organizationId) {
        return Jdbc.list(dataSource, "SELECT * FROM (" + READABLE + ") r" + ORDER, JdbcHelpArticleRepository::row, organizationId, organizationId);
    }

    @Override
    public Optional<HelpArticleRow> readable(String organizationId, String slug) {
        return Jdbc.one(dataSource, "SELECT * FROM (" + READABLE + ") r WHERE slug = ?", JdbcHelpArticleRepository::row,
                organizationId, organizationId, slug);
    }

    @Override
    public List<HelpArticleRow> search(String organizationId, String language, String words) {
        String[] query = words(words);
        if (query.length == 0) {
            return List.of();
        }
        String own = "en".equals(language) ? "en" : "ru";
        String other = own.equals("ru") ? "en" : "ru";
        String config = own.equals("ru") ? "russian" : "english";
        String otherConfig = own.equals("ru") ? "english" : "russian";
        // each word must be found, as a prefix of the stemmed text ("показан" finds "показания") or of its words as written
        // (the stemmer cuts "подпись" to "подп", which "подпис" is not a prefix of); stop words ("как", "и") need not be
        String sql = """
                WITH r AS (%1$s),
                d AS (SELECT r.*,
                             CASE WHEN title_%2$s IS NOT NULL THEN '%3$s' ELSE '%4$s' END::regconfig AS config,
                             coalesce(title_%2$s, title_%5$s) AS title,
                             CASE WHEN title_%2$s IS NOT NULL THEN coalesce(body_%2$s, '') ELSE coalesce(body_%5$s, '') END AS body
                        FROM r),
                v AS (SELECT d.*, setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'D') AS document,
                             setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'D') AS plain
                        FROM d),
                m AS (SELECT v.*, w.word,
                             numnode(to_tsquery(v.config, w.word || ':*')) = 0 AS stop,
                             v.document @@ to_tsquery(v.config, w.word || ':*') OR v.plain @@ to_tsquery('simple', w.word || ':*') AS found
                        FROM v CROSS JOIN unnest(?::text[]) AS w(word))
                SELECT m.id, m.organization_id, m.slug, m.topic, m.position, m.title_ru, m.body_ru, m.title_en, m.body_en, m.updated_at,
                       max(ts_rank(m.document, to_tsquery(m.config, m.word || ':*')) + ts_rank(m.plain, to_tsquery('simple', m.word || ':*'))) AS rank
                  FROM m
                 GROUP BY m.id, m.organization_id, m.slug, m.topic, m.position, m.title_ru, m.body_ru, m.title_en, m.body_en, m.updated_at
                HAVING bool_and(m.found OR m.stop) AND bool_or(m.found)
                 ORDER BY rank DESC, topic, position, slug
                """.formatted(READABLE, own, config, otherConfig, other);
        return Jdbc.list(dataSource, sql, JdbcHelpArticleRepository::row, organizationId, organizationId, query);
    }

    /** "как  оплатить!" to {как, оплатить}: letters and digits only, so no input is a query syntax error; at most ten words. */
    static String[] words(String words) {
        if (words == null) {
            return new String[0];
        }
        return Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(10)
                .map(w -> w.length() > 40 ? w.substring(0, 40) : w).distinct().toArray(String[]::new);
    }

    @Override
    public Optional<HelpArticleRow> own(Tx tx, String organizationId, String slug) {
        return Jdbc.one(tx, "SELECT * FROM help_article WHERE organization_id = ? AND slug = ? FOR UPDATE", JdbcHelpArticleRepository::row,
                organizationId, slug);
    }

    @Override
    public void save(Tx tx, HelpArticleRow a, long userId) {
        // ON CONFLICT cannot name the expression index, so the row is updated first and inserted when there was none
        int updated = Jdbc.update(tx, """
                UPDATE help_article SET topic = ?, position = ?, title_ru = ?, body_ru = ?, title_en = ?, body_en = ?, updated_at = ?, updated_by = ?
                 WHERE organization_id = ? AND slug = ?""",
                a.topic(), a.position(), a.titleRu(), a.bodyRu(), a.titleEn(), a.bodyEn(), a.updatedAt(), userId, a.organizationId(), a.slug());
        if (updated == 0) {
            Jdbc.update(tx, """
                    INSERT INTO help_article (organization_id, slug, topic, position, title_ru, body_ru, title_en, body_en, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    a.organizationId(), a.slug(), a.topic(), a.position(), a.titleRu(), a.bodyRu(), a.titleEn(), a.bodyEn(), a.updatedAt(), userId);
        }
    }

    @Override
    public boolean delete(Tx tx, String organizationId, String slug) {
        return Jdbc.update(tx, "DELETE FROM help_article WHERE organization_id = ? AND slug = ?", organizationId, slug) > 0;
    }

    private static HelpArticleRow row(ResultSet r) throws SQLException {
        return new HelpArticleRow(r.getLong("id"), r.getString("organization_id"), r.getString("slug"), r.getString("topic"), r.getInt("position"),
                r.getString("title_ru"), r.getString("body_ru"), r.getString("title_en"), r.getString("body_en"), Jdbc.instant(r, "updated_at"));
    }
}
