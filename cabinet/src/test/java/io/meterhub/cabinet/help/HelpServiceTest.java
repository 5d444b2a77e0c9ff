package io.meterhub.cabinet.help;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Help against PostgreSQL: the product's default articles for every organization, an organization's own article replacing
 * a default for its readers only, full text search in Russian and English (stemmed prefixes), the other language with a
 * note when the reader's is missing, public pages versioned and audited with the version they replace, and editing kept to
 * staff holding ORGANIZATION in their own organization.
 */
class HelpServiceTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static Fixture fixture;
    private static MovableClock clock;
    private static HelpFeature help;
    private static Fixture.Person ivanov;
    private static Fixture.Person sidorov;
    private static Viewer admin;
    private static Viewer editor;
    private static Viewer operator;
    private static Viewer otherAdmin;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("help_service");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        clock = new MovableClock("2026-12-03T10:00", Fixture.SAMARA);
        help = Services.of(fixture.dataSource, clock).help("OTHER");
        ivanov = fixture.customer("help-ivanov");
        fixture.account(ivanov, "VOLGA");
        sidorov = fixture.customer("help-sidorov");
        fixture.account(sidorov, "OTHER");
        admin = fixture.staff("help-admin", Role.ADMIN, "VOLGA");
        editor = fixture.staff("help-editor", Role.OPERATOR, "VOLGA");
        operator = fixture.staff("help-operator", Role.OPERATOR, "VOLGA");
        otherAdmin = fixture.staff("help-other-admin", Role.ADMIN, "OTHER");
        JdbcStaffRepository staff = new JdbcStaffRepository(fixture.dataSource);
        staff.setModules(editor.userId(), List.of("ORGANIZATION"), admin.userId());
        staff.setModules(operator.userId(), List.of("APPEALS", "READINGS"), admin.userId());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void every_organization_reads_the_products_default_articles_by_topic() {
        Map<HelpTopic, List<HelpArticle>> topics = help.library().topics(ivanov.viewer(), RU);
        assertThat(topics.keySet()).containsSubsequence(HelpTopic.READINGS, HelpTopic.PAYMENTS, HelpTopic.CONNECTION, HelpTopic.SIGNING,
                HelpTopic.APPEALS);
        assertThat(topics.get(HelpTopic.READINGS)).extracting(HelpArticle::slug).contains("readings");
        HelpArticle readings = help.library().article(sidorov.viewer(), "readings", RU);
        assertThat(readings.title()).isEqualTo("Как передать показания");
        assertThat(readings.html()).contains("<strong>период приёма</strong>").contains("<ol>");
        assertThat(readings.fallback()).isFalse();
        assertThat(help.library().article(operator, "connection-application", EN).title()).isEqualTo("Grid connection application: the steps");
    }

    @Test
    void search_finds_russian_words_by_their_stem_and_english_ones_in_english() {
        assertThat(help.library().search(ivanov.viewer(), "показаний", RU)).extracting(HelpArticle::slug).first().isEqualTo("readings");
        // the stemmer cuts "подпись" to "подп": the word as written is found all the same
        assertThat(help.library().search(ivanov.viewer(), "подпис", RU)).extracting(HelpArticle::slug).contains("signing", "connection-application");
        // a stop word need not be found, the title weighs most
        assertThat(help.library().search(ivanov.viewer(), "как оплатить", RU)).extracting(HelpArticle::slug).first().isEqualTo("payments");
        assertThat(help.library().search(ivanov.viewer(), "оплат картой", RU)).extracting(HelpArticle::slug).containsExactly("payments");
        assertThat(help.library().search(ivanov.viewer(), "signing certificate", EN)).extracting(HelpArticle::slug).containsExactly("signing");
        assertThat(help.library().search(ivanov.viewer(), "readings", EN)).extracting(HelpArticle::slug).first().isEqualTo("readings");
        // the reader's language only: an English word finds nothing in the Russian texts
        assertThat(help.library().search(ivanov.viewer(), "certificate", RU)).isEmpty();
        assertThat(help.library().search(ivanov.viewer(), "  ", RU)).isEmpty();
        assertThat(help.library().search(ivanov.viewer(), "'); DROP TABLE help_article; -- & | ! :*", RU)).isEmpty();
        assertThat(help.library().topics(ivanov.viewer(), RU)).isNotEmpty();
    }

    @Test
    void an_organizations_article_replaces_the_default_for_its_readers_only_and_its_removal_brings_the_default_back() {
        help.desk().save(editor, new ArticleDraft("payments", HelpTopic.PAYMENTS, 20, "Как оплатить в «Волге»", "Оплата в кассе **офиса** на Ленина, 1",
                null, null, true));
        HelpArticle ours = help.library().article(ivanov.viewer(), "payments", RU);
        assertThat(ours.title()).isEqualTo("Как оплатить в «Волге»");
        assertThat(ours.html()).contains("<strong>офиса</strong>");
        assertThat(help.library().search(ivanov.viewer(), "кассе", RU)).extracting(HelpArticle::slug).containsExactly("payments");
        assertThat(help.library().article(sidorov.viewer(), "payments", RU).title()).isEqualTo("Как оплатить");
        assertThat(help.library().search(sidorov.viewer(), "кассе", RU)).isEmpty();
        assertThat(help.desk().articles(editor)).filteredOn(a -> a.slug().equals("payments")).singleElement()
                .satisfies(a -> assertThat(a.own()).isTrue());

        help.desk().delete(editor, "payments");
        assertThat(help.library().article(ivanov.viewer(), "payments", RU).title()).isEqualTo("Как оплатить");
        assertThat(audited("help_article", "payments")).containsExactly("help.article.save", "help.article.delete");
        assertThatThrownBy(() -> help.desk().delete(editor, "payments")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_missing_language_falls_back_to_the_other_with_a_note_and_search_reads_that_text() {
        help.desk().save(editor, new ArticleDraft("meter-seal", HelpTopic.READINGS, 30, "Пломба на счётчике", "Если пломба сорвана, сообщите нам.",
                null, null, true));
        help.desk().save(editor, new ArticleDraft("night-tariff", HelpTopic.OTHER, 10, null, null, "Night tariff", "Cheaper energy at **night**.",
                true));
        HelpArticle seal = help.library().article(ivanov.viewer(), "meter-seal", EN);
        assertThat(seal.title()).isEqualTo("Пломба на счётчике");
        assertThat(seal.language()).isEqualTo("ru");
        assertThat(seal.fallback()).isTrue();
        HelpArticle night = help.library().article(ivanov.viewer(), "night-tariff", RU);
        assertThat(night.title()).isEqualTo("Night tariff");
        assertThat(night.fallback()).isTrue();
        assertThat(night.html()).contains("<strong>night</strong>");
        assertThat(help.library().search(ivanov.viewer(), "пломба", EN)).extracting(HelpArticle::slug).containsExactly("meter-seal");
        assertThat(help.library().search(ivanov.viewer(), "cheaper", RU)).extracting(HelpArticle::slug).containsExactly("night-tariff");
    }

    @Test
    void bad_drafts_are_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> help.desk().save(editor, new ArticleDraft("Bad Slug!", HelpTopic.OTHER, 1, "T", "b", null, null, true)))
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(HelpDesk.SLUG_INVALID);
        assertThatThrownBy(() -> help.desk().save(editor, new ArticleDraft("x", null, 1, "T", "b", null, null, true)))
                .extracting("code").isEqualTo(HelpDesk.TOPIC_REQUIRED);
        assertThatThrownBy(() -> help.desk().save(editor, new ArticleDraft("x", HelpTopic.OTHER, 1, " ", null, "\u0000", null, true)))
                .extracting("code").isEqualTo(HelpDesk.TITLE_REQUIRED);
        assertThatThrownBy(() -> help.desk().save(editor, new ArticleDraft("x", HelpTopic.OTHER, 1, "T", "b", null, "text", true)))
                .extracting("code").isEqualTo(HelpDesk.BODY_WITHOUT_TITLE);
        assertThatThrownBy(() -> help.desk().save(editor, new ArticleDraft("x", HelpTopic.OTHER, 1, "T", "b".repeat(SafeMarkdown.MAX_CHARS + 1),
                null, null, true))).extracting("code").isEqualTo(HelpTexts.BODY_TOO_LONG);
        // any bytes: NUL and controls go, the rest is stored as written
        ArticleDraft saved = help.desk().save(editor, new ArticleDraft("bytes", HelpTopic.OTHER, 1, "Т\u0000и\u0007тул", "<script>\u0000x</script>",
                null, null, true));
        assertThat(saved.titleRu()).isEqualTo("Титул");
        assertThat(help.library().article(ivanov.viewer(), "bytes", RU).html()).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void public_pages_keep_every_version_audit_each_save_and_show_the_organizations_text_to_its_readers() {
        PublicPage product = help.pages().page(ivanov.viewer(), PublicPageKind.CONTACTS, RU);
        assertThat(product.html()).contains("<h2>Контакты</h2>");
        assertThat(help.pages().history(editor, PublicPageKind.CONTACTS)).isEmpty();

        clock.advance(java.time.Duration.ofMinutes(1));
        help.pages().save(editor, PublicPageKind.CONTACTS, "## Контакты «Волги»\n\nТелефон +7 846 000-00-00", "## Volga's contacts");
        clock.advance(java.time.Duration.ofMinutes(1));
        PageVersion second = help.pages().save(admin, PublicPageKind.CONTACTS, "## Контакты «Волги»\n\nТелефон +7 846 111-11-11", "");
        // saving the same text again makes no version
        help.pages().save(admin, PublicPageKind.CONTACTS, "## Контакты «Волги»\n\nТелефон +7 846 111-11-11", null);

        List<PageVersion> history = help.pages().history(admin, PublicPageKind.CONTACTS);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).version()).isEqualTo(second.version());
        assertThat(history.get(0).bodyRu()).contains("111-11-11");
        assertThat(history.get(0).savedBy()).isEqualTo("help-admin");
        assertThat(history.get(1).bodyRu()).contains("000-00-00");
        assertThat(history.get(1).savedBy()).isEqualTo("help-editor");
        assertThat(history.get(1).savedAt()).isBefore(history.get(0).savedAt());

        assertThat(help.pages().page(ivanov.viewer(), PublicPageKind.CONTACTS, RU).html()).contains("111-11-11");
        PublicPage english = help.pages().page(ivanov.viewer(), PublicPageKind.CONTACTS, EN);
        assertThat(english.fallback()).isTrue();
        assertThat(english.html()).contains("111-11-11");
        // another organization's customer and the visitor without login (the default organization OTHER) read the product's text
        assertThat(help.pages().page(sidorov.viewer(), PublicPageKind.CONTACTS, RU).html()).contains("<h2>Контакты</h2>");
        assertThat(help.pages().page(null, PublicPageKind.CONTACTS, RU).html()).contains("<h2>Контакты</h2>");

        List<String[]> audit = auditRows("public_page", "CONTACTS");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)[0]).isEqualTo("help.page.save");
        assertThat(audit.get(0)[1]).contains("Телефон и адрес офиса"); // the product's text it replaced
        assertThat(audit.get(1)[1]).contains("000-00-00");
        assertThat(audit.get(1)[2]).contains("111-11-11");
    }

    @Test
    void the_login_text_of_the_default_organization_is_what_a_visitor_without_login_reads() {
        help.pages().save(otherAdmin, PublicPageKind.LOGIN, "Добро пожаловать в кабинет **ОТХЕР**", "Welcome to **OTHER**");
        assertThat(help.pages().page(null, PublicPageKind.LOGIN, RU).html()).contains("<strong>ОТХЕР</strong>");
        assertThat(help.pages().page(null, PublicPageKind.LOGIN, EN).html()).contains("<strong>OTHER</strong>");
        assertThat(help.pages().page(ivanov.viewer(), PublicPageKind.LOGIN, RU).html()).doesNotContain("ОТХЕР");
        assertThatThrownBy(() -> help.pages().save(otherAdmin, PublicPageKind.LOGIN, " ", null)).isInstanceOf(ValidationException.class)
                .extracting("code").isEqualTo(PublicPages.TEXT_REQUIRED);
    }

    @Test
    void only_staff_holding_organization_edit_and_only_their_own_organization() {
        assertThatThrownBy(() -> help.desk().articles(ivanov.viewer())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> help.pages().save(ivanov.viewer(), PublicPageKind.ABOUT, "x", "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> help.desk().save(operator, new ArticleDraft("x", HelpTopic.OTHER, 1, "T", null, null, null, true)))
                .isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> help.pages().history(operator, PublicPageKind.ABOUT)).isInstanceOf(NoModuleException.class);
        Viewer supplier = fixture.staff("help-supplier", Role.SUPPLIER, "VOLGA");
        assertThatThrownBy(() -> help.pages().current(supplier, PublicPageKind.ABOUT)).isInstanceOf(AccessDeniedException.class);
        assertThat(help.readers().mayEdit(editor)).isTrue();
        assertThat(help.readers().mayEdit(operator)).isFalse();
        // an editor of OTHER writes OTHER's article; VOLGA's readers never see it
        help.desk().save(otherAdmin, new ArticleDraft("other-only", HelpTopic.OTHER, 1, "Только для ОТХЕР", null, null, null, true));
        assertThatThrownBy(() -> help.library().article(ivanov.viewer(), "other-only", RU)).isInstanceOf(AccessDeniedException.class);
        assertThat(help.library().article(sidorov.viewer(), "other-only", RU).title()).isEqualTo("Только для ОТХЕР");
        assertThat(help.desk().draft(editor, "other-only")).isEmpty();
    }

    private static List<String> audited(String kind, String recordId) {
        return auditRows(kind, recordId).stream().map(r -> r[0]).toList();
    }

    /** action, before, after of the audit's entries on the record, oldest first. */
    private static List<String[]> auditRows(String kind, String recordId) {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT action, before::text, after::text FROM audit_entry WHERE organization_id = 'VOLGA' AND record_kind = '"
                     + kind + "' AND record_id = '" + recordId + "' ORDER BY id")) {
            while (r.next()) {
                rows.add(new String[]{r.getString(1), r.getString(2), r.getString(3)});
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
