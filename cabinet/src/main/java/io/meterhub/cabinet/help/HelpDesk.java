package io.meterhub.cabinet.help;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The editors' side of the articles (staff with ORGANIZATION): the organization's articles with the defaults it has not
 * replaced, saving one (a default's slug saved becomes the organization's own and replaces the default for its readers),
 * removing one (a default it replaced comes back). Each change is audited with the article before and after.
 */
public final class HelpDesk {
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    public static final String SLUG_INVALID = "help.slug_invalid";
    public static final String TOPIC_REQUIRED = "help.topic_required";
    public static final String TITLE_REQUIRED = "help.title_required";
    public static final String BODY_WITHOUT_TITLE = "help.body_without_title";

    private final Transactions transactions;
    private final HelpArticleRepository articles;
    private final HelpReaders readers;
    private final AuditLog audit;
    private final Clock clock;

    public HelpDesk(Transactions transactions, HelpArticleRepository articles, HelpReaders readers, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.articles = articles;
        this.readers = readers;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ArticleDraft> articles(Viewer editor) {
        String organizationId = readers.requireEditor(editor);
        return articles.readable(organizationId).stream().map(r -> ArticleDraft.of(r, organizationId)).toList();
    }

    public Optional<ArticleDraft> draft(Viewer editor, String slug) {
        String organizationId = readers.requireEditor(editor);
        return articles.readable(organizationId, slug == null ? "" : slug).map(r -> ArticleDraft.of(r, organizationId));
    }

    public ArticleDraft save(Viewer editor, ArticleDraft draft) {
        String organizationId = readers.requireEditor(editor);
        HelpArticleRow checked = checked(organizationId, draft);
        audit.atomically(() -> transactions.run(tx -> {
            Optional<HelpArticleRow> before = articles.own(tx, organizationId, checked.slug());
            articles.save(tx, checked, editor.userId());
            audit.record(editor, organizationId, "help.article.save", "help_article", checked.slug(),
                    before.map(r -> ArticleDraft.of(r, organizationId)).orElse(null), ArticleDraft.of(checked, organizationId), null);
        }));
        return ArticleDraft.of(checked, organizationId);
    }

    /** Removes the organization's own article; a default of that slug is read again. */
    public void delete(Viewer editor, String slug) {
        String organizationId = readers.requireEditor(editor);
        audit.atomically(() -> transactions.run(tx -> {
            HelpArticleRow before = articles.own(tx, organizationId, slug == null ? "" : slug)
                    .orElseThrow(() -> new AccessDeniedException(HelpLibrary.NO_SUCH_ARTICLE));
            articles.delete(tx, organizationId, before.slug());
            audit.record(editor, organizationId, "help.article.delete", "help_article", before.slug(), ArticleDraft.of(before, organizationId), null,
                    null);
        }));
    }

    private HelpArticleRow checked(String organizationId, ArticleDraft draft) {
        String slug = draft.slug() == null ? "" : draft.slug().trim();
        if (!SLUG.matcher(slug).matches()) {
            throw new ValidationException(SLUG_INVALID);
        }
        if (draft.topic() == null) {
            throw new ValidationException(TOPIC_REQUIRED);
        }
        String titleRu = HelpTexts.title(draft.titleRu());
        String titleEn = HelpTexts.title(draft.titleEn());
        String bodyRu = HelpTexts.body(draft.bodyRu());
        String bodyEn = HelpTexts.body(draft.bodyEn());
        if (titleRu == null && titleEn == null) {
            throw new ValidationException(TITLE_REQUIRED);
        }
        if (titleRu == null && bodyRu != null) {
            throw new ValidationException(BODY_WITHOUT_TITLE, "RU");
        }
        if (titleEn == null && bodyEn != null) {
            throw new ValidationException(BODY_WITHOUT_TITLE, "EN");
        }
        int position = Math.max(0, Math.min(draft.position(), 10_000));
        return new HelpArticleRow(0, organizationId, slug, draft.topic().name(), position, titleRu, bodyRu, titleEn, bodyEn, clock.instant());
    }
}
