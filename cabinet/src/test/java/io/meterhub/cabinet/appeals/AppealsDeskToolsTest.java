package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.ratings.Rating;
import io.meterhub.cabinet.ratings.RatingAverage;
import io.meterhub.cabinet.ratings.RatingSummary;
import io.meterhub.cabinet.ratings.ServiceRatings;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appeals' tools beyond the queue, against PostgreSQL: an appeal without an account (to a grid company, only about
 * a connection), answer templates of the organization, the export as XLSX, the monthly report, and the customer's one
 * rating of an answered appeal with the staff's averages.
 */
class AppealsDeskToolsTest {
    private static Fixture fixture;
    private static MovableClock clock;
    private static AppealsFeature appeals;
    private static ServiceRatings ratings;
    private static Fixture.Person ivanov;
    private static Fixture.Person petrova;
    private static Fixture.Person newcomer;
    private static long ivanovAccount;
    private static Viewer admin;
    private static Viewer otherAdmin;
    private static Viewer operatorWithoutModule;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("appeals_desk_tools");
        fixture.organization("TOOLS", Fixture.SAMARA, 15, 25);
        fixture.organization("ELSE", Fixture.SAMARA, 15, 25);
        // Tuesday 3 November 2026, the 4th a public holiday
        clock = new MovableClock("2026-11-03T10:00", Fixture.SAMARA);
        AppealNotifier quiet = new AppealNotifier() {
            @Override
            public void statusChanged(Appeal appeal) {
            }

            @Override
            public void answered(Appeal appeal, String messageNumber, String text) {
            }
        };
        Services services = Services.of(fixture.dataSource, clock);
        appeals = services.appeals(ProductionCalendar.russia(), quiet, 1024 * 1024);
        ratings = services.ratings();
        ivanov = fixture.customer("dt-ivanov");
        petrova = fixture.customer("dt-petrova");
        newcomer = fixture.customer("dt-newcomer");
        ivanovAccount = fixture.account(ivanov, "TOOLS");
        fixture.account(petrova, "TOOLS");
        admin = fixture.staff("dt-admin", Role.ADMIN, "TOOLS");
        otherAdmin = fixture.staff("dt-else-admin", Role.ADMIN, "ELSE");
        operatorWithoutModule = fixture.staff("dt-operator", Role.OPERATOR, "TOOLS");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static long count(String sql) throws Exception {
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Appeal file(AppealCategory category, String subject) {
        return appeals.filing().file(ivanov.viewer(), NewAppeal.about(ivanovAccount, category, subject, "Текст обращения", List.of()));
    }

    private static Appeal answered(AppealCategory category, String subject) {
        Appeal appeal = file(category, subject);
        appeals.desk().take(admin, appeal.id());
        return appeals.desk().answer(admin, appeal.id(), "Ответ", List.of());
    }

    @Test
    void one_without_an_account_writes_to_a_grid_company_about_a_connection_only() {
        List<AccountChoice> choices = appeals.filing().accounts(newcomer.viewer());
        assertThat(choices).allMatch(AccountChoice::withoutAccount).extracting(AccountChoice::organizationId).contains("TOOLS", "ELSE");
        assertThatThrownBy(() -> appeals.filing().file(newcomer.viewer(), new NewAppeal(null, "TOOLS", AppealCategory.BILLING, "Счёт", "Текст",
                List.of()))).isInstanceOf(ValidationException.class).extracting("code").isEqualTo(AppealFiling.WITHOUT_ACCOUNT_ONLY_CONNECTION);
        assertThatThrownBy(() -> appeals.filing().file(newcomer.viewer(), new NewAppeal(null, "NOWHERE", AppealCategory.CONNECTION, "Дом",
                "Текст", List.of()))).isInstanceOf(ValidationException.class).extracting("code").isEqualTo(AppealFiling.ADDRESSEE_REQUIRED);
        Appeal appeal = appeals.filing().file(newcomer.viewer(), new NewAppeal(null, "TOOLS", AppealCategory.CONNECTION, "Подключить дом",
                "Участок на ул. Садовой, 5: как подключить дом?", List.of()));
        assertThat(appeal.accountId()).isNull();
        assertThat(appeal.accountNumber()).isNull();
        assertThat(appeal.organizationId()).isEqualTo("TOOLS");
        // 15 working days after Tue 3 Nov with the 4th off
        assertThat(appeal.deadline()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(appeals.desk().queue(admin, null, AppealCategory.CONNECTION)).extracting(Appeal::id).contains(appeal.id());
        assertThat(appeals.filing().mine(newcomer.viewer())).extracting(Appeal::id).containsExactly(appeal.id());
        assertThatThrownBy(() -> appeals.queries().card(otherAdmin, appeal.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(new String(appeals.export().csv(admin, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), StandardCharsets.UTF_8))
                .contains(appeal.number() + ";03.11.2026 10:00;Технологическое присоединение;Подключить дом;Зарегистрировано;25.11.2026;;;нет;;");
    }

    @Test
    void templates_belong_to_the_organization_and_its_categorys_own_come_first() throws Exception {
        AnswerTemplate general = appeals.templates().save(admin, null, null, "Благодарим", "Благодарим за обращение.");
        AnswerTemplate billing = appeals.templates().save(admin, null, AppealCategory.BILLING, "Перерасчёт",
                "Перерасчёт выполнен, он будет в следующей квитанции.");
        appeals.templates().save(admin, null, AppealCategory.CONNECTION, "Заявка", "Подайте заявку в разделе «Присоединение».");
        assertThat(appeals.templates().forCategory(admin, AppealCategory.BILLING)).extracting(AnswerTemplate::title)
                .containsExactly("Перерасчёт", "Благодарим");
        assertThatThrownBy(() -> appeals.templates().save(admin, null, null, " Благодарим ", "Другой текст"))
                .isInstanceOf(ValidationException.class).extracting("code").isEqualTo(AnswerTemplates.TITLE_TAKEN);
        assertThatThrownBy(() -> appeals.templates().save(admin, null, null, " ", "Текст")).isInstanceOf(ValidationException.class)
                .extracting("code").isEqualTo(AnswerTemplates.TITLE_REQUIRED);
        assertThatThrownBy(() -> appeals.templates().save(admin, null, null, "Пустой", " ")).isInstanceOf(ValidationException.class);
        AnswerTemplate changed = appeals.templates().save(admin, billing.id(), AppealCategory.BILLING, "Перерасчёт сделан", "Готово.");
        assertThat(changed.id()).isEqualTo(billing.id());
        assertThat(appeals.templates().all(otherAdmin)).as("another organization's").isEmpty();
        assertThatThrownBy(() -> appeals.templates().delete(otherAdmin, general.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.templates().all(operatorWithoutModule)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> appeals.templates().all(ivanov.viewer())).isInstanceOf(AccessDeniedException.class);
        appeals.templates().delete(admin, general.id());
        assertThat(appeals.templates().all(admin)).extracting(AnswerTemplate::title).containsExactly("Заявка", "Перерасчёт сделан");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE record_kind = 'appeal_template' AND organization_id = 'TOOLS'")).isEqualTo(5);
    }

    @Test
    void the_export_as_xlsx_has_the_same_rows_as_the_csv() throws Exception {
        Appeal appeal = file(AppealCategory.OTHER, "=HYPERLINK(\"http://x\")");
        byte[] xlsx = appeals.export().xlsx(admin, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("номер");
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(appeal.number())) {
                    assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).as("text, never a formula").isEqualTo("=HYPERLINK(\"http://x\")");
                }
            }
            String csv = new String(appeals.export().csv(admin, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), StandardCharsets.UTF_8);
            assertThat(numbers).contains(appeal.number()).hasSize((int) csv.lines().count() - 1);
            assertThat(csv).as("a formula in the CSV is only text").contains(";\"'=HYPERLINK(\"\"http://x\"\")\";");
        }
    }

    @Test
    void the_monthly_report_counts_each_appeal_once_by_what_became_of_it() {
        fixture.organization("REPORT", Fixture.SAMARA, 15, 25);
        Viewer reportAdmin = fixture.staff("dt-report-admin", Role.ADMIN, "REPORT");
        long account = fixture.account(petrova, "REPORT");
        try {
            clock.set("2026-10-01T09:00");
            Appeal late = appeals.filing().file(petrova.viewer(), NewAppeal.about(account, AppealCategory.BILLING, "Поздний", "Текст", List.of()));
            Appeal inTime = appeals.filing().file(petrova.viewer(), NewAppeal.about(account, AppealCategory.COMPLAINT, "Вовремя", "Текст", List.of()));
            Appeal overdue = appeals.filing().file(petrova.viewer(), NewAppeal.about(account, AppealCategory.BILLING, "Забытый", "Текст", List.of()));
            appeals.desk().take(reportAdmin, inTime.id());
            appeals.desk().answer(reportAdmin, inTime.id(), "Ответ", List.of());
            clock.set("2026-11-02T09:00");
            appeals.desk().take(reportAdmin, late.id());
            appeals.desk().answer(reportAdmin, late.id(), "Ответ", List.of());
            appeals.filing().file(petrova.viewer(), NewAppeal.about(account, AppealCategory.OTHER, "Новый", "Текст", List.of()));
            List<AppealMonth> months = appeals.report().months(reportAdmin, YearMonth.of(2026, 9), YearMonth.of(2026, 11));
            assertThat(months).extracting(AppealMonth::month).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
            assertThat(months.get(0).received()).isZero();
            AppealMonth october = months.get(1);
            assertThat(List.of(october.received(), october.answeredInTime(), october.answeredLate(), october.overdue(), october.waiting()))
                    .containsExactly(3, 1, 1, 1, 0);
            assertThat(october.byCategory()).containsEntry(AppealCategory.BILLING, 2).containsEntry(AppealCategory.COMPLAINT, 1)
                    .containsEntry(AppealCategory.OTHER, 0).hasSize(AppealCategory.values().length);
            assertThat(months.get(2).waiting()).isEqualTo(1);
            assertThat(overdue.deadline()).isBefore(LocalDate.of(2026, 11, 2));
            assertThatThrownBy(() -> appeals.report().months(reportAdmin, YearMonth.of(2026, 11), YearMonth.of(2026, 9)))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> appeals.report().months(operatorWithoutModule, YearMonth.of(2026, 9), YearMonth.of(2026, 11)))
                    .isInstanceOf(NoModuleException.class);
        } finally {
            clock.set("2026-11-03T10:00");
        }
    }

    @Test
    void a_customer_rates_an_answered_appeal_once_and_nobody_else_can() throws Exception {
        Appeal open = file(AppealCategory.BILLING, "Ещё без ответа");
        assertThatThrownBy(() -> ratings.rateAppeal(ivanov.viewer(), open.id(), 5, null)).isInstanceOf(ValidationException.class)
                .extracting("code").isEqualTo(ServiceRatings.NOT_YET);
        Appeal appeal = answered(AppealCategory.BILLING, "Оценить");
        assertThat(ratings.mayRateAppeal(ivanov.viewer(), appeal.id())).isTrue();
        assertThatThrownBy(() -> ratings.rateAppeal(petrova.viewer(), appeal.id(), 1, "чужое")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.rateAppeal(admin, appeal.id(), 5, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.rateAppeal(ivanov.viewer(), appeal.id(), 6, null)).isInstanceOf(ValidationException.class)
                .extracting("code").isEqualTo(ServiceRatings.SCORE_INVALID);
        // two tabs press at once: one rating stays, the other is told it is rated already
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int score : new int[]{4, 2}) {
                Callable<String> press = () -> {
                    start.await();
                    try {
                        return "rated " + ratings.rateAppeal(ivanov.viewer(), appeal.id(), score, "  Быстро ответили  ").score();
                    } catch (ValidationException e) {
                        return e.code();
                    }
                };
                results.add(pool.submit(press));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(o -> o.startsWith("rated")).hasSize(1);
            assertThat(outcomes).filteredOn(ServiceRatings.ALREADY_RATED::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Rating rating = ratings.ofAppeal(ivanov.viewer(), appeal.id()).orElseThrow();
        assertThat(rating.comment()).isEqualTo("Быстро ответили");
        assertThat(ratings.mayRateAppeal(ivanov.viewer(), appeal.id())).isFalse();
        assertThat(ratings.ofAppeal(admin, appeal.id())).contains(rating);
        assertThatThrownBy(() -> ratings.ofAppeal(petrova.viewer(), appeal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.ofAppeal(otherAdmin, appeal.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_staff_see_the_averages_per_month_category_and_employee() {
        fixture.organization("AVG", Fixture.SAMARA, 15, 25);
        Viewer avgAdmin = fixture.staff("dt-avg-admin", Role.ADMIN, "AVG");
        Viewer avgOperator = fixture.staff("dt-avg-operator", Role.OPERATOR, "AVG");
        new io.meterhub.storage.cabinet.staff.JdbcStaffRepository(fixture.dataSource).setModules(avgOperator.userId(), List.of("APPEALS"),
                avgAdmin.userId());
        long account = fixture.account(petrova, "AVG");
        int[][] plan = {{5, 0}, {4, 0}, {2, 1}};
        List<Viewer> staff = List.of(avgAdmin, avgOperator);
        for (int[] p : plan) {
            Appeal a = appeals.filing().file(petrova.viewer(), NewAppeal.about(account, p[1] == 0 ? AppealCategory.BILLING : AppealCategory.COMPLAINT,
                    "Тема", "Текст", List.of()));
            appeals.desk().take(staff.get(p[1]), a.id());
            appeals.desk().answer(staff.get(p[1]), a.id(), "Ответ", List.of());
            ratings.rateAppeal(petrova.viewer(), a.id(), p[0], null);
        }
        RatingSummary summary = ratings.summary(avgOperator, YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(summary.byMonth()).containsExactly(new RatingAverage("2026-10", 0, null),
                new RatingAverage("2026-11", 3, new BigDecimal("3.67")));
        assertThat(summary.byCategory()).containsExactly(new RatingAverage("BILLING", 2, new BigDecimal("4.50")),
                new RatingAverage("COMPLAINT", 1, new BigDecimal("2.00")));
        assertThat(summary.byEmployee()).containsExactlyInAnyOrder(new RatingAverage("dt-avg-admin", 2, new BigDecimal("4.50")),
                new RatingAverage("dt-avg-operator", 1, new BigDecimal("2.00")));
        assertThat(summary.overall().average()).isEqualByComparingTo("3.67");
        assertThat(ratings.summary(otherAdmin, YearMonth.of(2026, 11), YearMonth.of(2026, 11)).overall().count()).as("another organization")
                .isZero();
        assertThatThrownBy(() -> ratings.summary(operatorWithoutModule, YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
                .isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> ratings.summary(petrova.viewer(), YearMonth.of(2026, 11), YearMonth.of(2026, 11)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
