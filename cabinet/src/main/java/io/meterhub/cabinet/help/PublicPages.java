package io.meterhub.cabinet.help;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The login text, contacts and "about": anyone reads them (a visitor without login the default organization's, see
 * {@link HelpReaders}); staff with ORGANIZATION save a new version for their organization, audited with the version it
 * replaces, and read the history. The product's own text stands until an organization saves its first version.
 */
public final class PublicPages {
    public static final String TEXT_REQUIRED = "help.page_text_required";

    private final Transactions transactions;
    private final PublicPageRepository pages;
    private final HelpReaders readers;
    private final SafeMarkdown markdown;
    private final AuditLog audit;
    private final Clock clock;

    public PublicPages(Transactions transactions, PublicPageRepository pages, HelpReaders readers, SafeMarkdown markdown, AuditLog audit,
                       Clock clock) {
        this.transactions = transactions;
        this.pages = pages;
        this.readers = readers;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
    }

    /** The page for this reader (null for a visitor without login), in their language or the other one when theirs is empty. */
    public PublicPage page(Viewer reader, PublicPageKind kind, Locale locale) {
        Objects.requireNonNull(kind, "kind");
        PublicPageRow row = pages.current(readers.organizationOf(reader), kind.name())
                .orElseThrow(() -> new IllegalStateException("no text of the public page " + kind + ": migration V32 ships one"));
        boolean english = "en".equals(HelpReaders.language(locale));
        String own = english ? row.bodyEn() : row.bodyRu();
        boolean fallback = own == null || own.isBlank();
        boolean inEnglish = english != fallback;
        return new PublicPage(kind, markdown.html(inEnglish ? row.bodyEn() : row.bodyRu()), inEnglish ? "en" : "ru", fallback);
    }

    /** What the editor starts from: the organization's newest version, else the product's text. */
    public PageVersion current(Viewer editor, PublicPageKind kind) {
        String organizationId = readers.requireEditor(editor);
        return pages.current(organizationId, kind.name()).map(PageVersion::of).orElseThrow();
    }

    /** The organization's versions, newest first. */
    public List<PageVersion> history(Viewer editor, PublicPageKind kind) {
        String organizationId = readers.requireEditor(editor);
        return pages.history(organizationId, kind.name()).stream().map(PageVersion::of).toList();
    }

    /** Saves a new version; an unchanged text saves nothing. Returns the page's newest version. */
    public PageVersion save(Viewer editor, PublicPageKind kind, String bodyRu, String bodyEn) {
        String organizationId = readers.requireEditor(editor);
        Objects.requireNonNull(kind, "kind");
        String ru = HelpTexts.body(bodyRu);
        String en = HelpTexts.body(bodyEn);
        if (ru == null && en == null) {
            throw new ValidationException(TEXT_REQUIRED);
        }
        String storedRu = ru == null ? "" : ru;
        String storedEn = en == null ? "" : en;
        audit.atomically(() -> transactions.run(tx -> {
            PageVersion before = pages.lockCurrent(tx, organizationId, kind.name()).map(PageVersion::of)
                    .orElseGet(() -> pages.current(null, kind.name()).map(PageVersion::of).orElse(null));
            if (before != null && before.bodyRu().equals(storedRu) && before.bodyEn().equals(storedEn)) {
                return;
            }
            long version = pages.append(tx, organizationId, kind.name(), storedRu, storedEn, editor.userId(), clock.instant());
            audit.record(editor, organizationId, "help.page.save", "public_page", kind.name(), before == null ? null : new Audited(before),
                    new Audited(version, storedRu, storedEn), null);
        }));
        return current(editor, kind);
    }

    /** What the audit keeps of a version: the texts are public, no personal data. */
    private record Audited(long version, String bodyRu, String bodyEn) {
        Audited(PageVersion v) {
            this(v.version(), v.bodyRu(), v.bodyEn());
        }
    }

    public String preview(String markdownText) {
        return markdown.html(markdownText);
    }
}
