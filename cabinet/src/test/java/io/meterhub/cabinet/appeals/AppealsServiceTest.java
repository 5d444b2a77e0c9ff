package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.AtOnce;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.MovableClock;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.cabinet.correspondence.Side;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Appeals against PostgreSQL: numbers per organization and year without gaps under concurrent filing, the
 * answer deadline in working days across a holiday, transitions refused when the status does not allow
 * them, a customer kept to their own appeals, staff kept to the APPEALS module, internal comments hidden
 * from the customer, and a notice to the customer on every status change and answer.
 */
class AppealsServiceTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static Fixture fixture;
    private static MovableClock clock;
    private static AppealsFeature appeals;
    private static final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    private static Fixture.Person ivanov;
    private static Fixture.Person petrova;
    private static long ivanovAccount;
    private static long petrovaAccount;
    private static Viewer admin;
    private static Viewer operator;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("appeals_service");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        // Tuesday 3 November 2026; the 4th is a public holiday (National Unity Day)
        clock = new MovableClock("2026-11-03T10:00", Fixture.SAMARA);
        AppealNotifier notifier = new AppealNotifier() {
            @Override
            public void statusChanged(Appeal appeal) {
                notices.add(appeal.number() + " " + appeal.status());
            }

            @Override
            public void answered(Appeal appeal, String messageNumber, String text) {
                notices.add(appeal.number() + " answer " + messageNumber);
            }
        };
        appeals = Services.of(fixture.dataSource, clock).appeals(ProductionCalendar.russia(), notifier, 1024 * 1024);
        ivanov = fixture.customer("ap-ivanov");
        petrova = fixture.customer("ap-petrova");
        ivanovAccount = fixture.account(ivanov, "VOLGA");
        petrovaAccount = fixture.account(petrova, "VOLGA");
        admin = fixture.staff("ap-admin", Role.ADMIN, "VOLGA");
        operator = fixture.staff("ap-operator", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(operator.userId(), List.of("APPEALS"), admin.userId());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Appeal file(Fixture.Person who, long account, AppealCategory category) {
        return appeals.filing().file(who.viewer(), NewAppeal.about(account, category, "Счёт за октябрь", "Прошу пересчитать начисления", List.of()));
    }

    @Test
    void an_appeal_gets_its_number_date_and_deadline_at_once_and_the_billing_term_passes_the_holiday() {
        Appeal appeal = appeals.filing().file(ivanov.viewer(), NewAppeal.about(ivanovAccount, AppealCategory.BILLING, "  Счёт за октябрь ",
                "Прошу пересчитать", List.of(new NewAttachment("OTHER", "photo.png", PNG))));
        assertThat(appeal.number()).matches("ОБ-2026-\\d{5}");
        assertThat(appeal.subject()).isEqualTo("Счёт за октябрь");
        assertThat(appeal.status()).isEqualTo(AppealStatus.REGISTERED);
        assertThat(appeal.registeredAt()).isEqualTo(clock.instant());
        // 10 working days after Tue 3 Nov, the 4th off: the 18th, not the 17th
        assertThat(appeal.deadline()).isEqualTo(LocalDate.of(2026, 11, 18));
        AppealCard card = appeals.queries().card(ivanov.viewer(), appeal.id());
        assertThat(card.messages()).singleElement().satisfies(m -> {
            assertThat(m.number()).isEqualTo(appeal.number() + "/1");
            assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png"));
        });
        assertThat(card.actions()).containsExactly(AppealAction.WRITE);
        assertThat(notices).contains(appeal.number() + " REGISTERED");
    }

    @Test
    void an_administrator_sets_the_organizations_own_term_and_new_appeals_take_it() {
        fixture.organization("TERMS", Fixture.SAMARA, 15, 25);
        Viewer termsAdmin = fixture.staff("ap-terms-admin", Role.ADMIN, "TERMS");
        Viewer termsOperator = fixture.staff("ap-terms-operator", Role.OPERATOR, "TERMS");
        new JdbcStaffRepository(fixture.dataSource).setModules(termsOperator.userId(), List.of("APPEALS"), termsAdmin.userId());
        long account = fixture.account(ivanov, "TERMS");
        Appeal before = file(ivanov, account, AppealCategory.COMPLAINT);
        assertThat(appeals.terms().workingDays("TERMS")).containsEntry(AppealCategory.COMPLAINT, 20).containsEntry(AppealCategory.BILLING, 10);
        assertThatThrownBy(() -> appeals.terms().set(termsAdmin, AppealCategory.COMPLAINT, 0)).isInstanceOf(ValidationException.class)
                .hasMessage("A term of 1 to 60 working days");
        assertThatThrownBy(() -> appeals.terms().set(termsOperator, AppealCategory.COMPLAINT, 5)).isInstanceOf(AccessDeniedException.class);
        appeals.terms().set(termsAdmin, AppealCategory.COMPLAINT, 5);
        // 5 working days after Tue 3 Nov, the 4th off: the 11th
        assertThat(file(ivanov, account, AppealCategory.COMPLAINT).deadline()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(appeals.queries().card(termsAdmin, before.id()).appeal().deadline()).as("a registered appeal keeps its deadline")
                .isEqualTo(before.deadline());
        assertThat(appeals.terms().workingDays("VOLGA")).as("another organization keeps the default").containsEntry(AppealCategory.COMPLAINT, 20);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_registered() {
        int before = appeals.filing().mine(ivanov.viewer()).size();
        assertThatThrownBy(() -> appeals.filing().file(ivanov.viewer(), NewAppeal.about(ivanovAccount, AppealCategory.OTHER, "Фото",
                "См. фото", List.of(new NewAttachment("OTHER", "photo.jpg", "not a picture".getBytes(StandardCharsets.UTF_8))))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("photo.jpg");
        assertThatThrownBy(() -> file(ivanov, ivanovAccount, null)).isInstanceOf(ValidationException.class);
        assertThat(appeals.filing().mine(ivanov.viewer())).hasSize(before);
    }

    @Test
    void numbers_follow_one_another_without_gaps_when_customers_file_at_once() throws Exception {
        fixture.organization("RACE", Fixture.SAMARA, 15, 25);
        int threads = 8;
        List<Fixture.Holder> crowd = fixture.holders("ap-race-", threads, "RACE");
        List<Callable<String>> filings = new ArrayList<>();
        for (int i = 0; i < threads * 3; i++) {
            int n = i % threads;
            filings.add(() -> file(crowd.get(n).person(), crowd.get(n).accountId(), AppealCategory.OTHER).number());
        }
        List<String> got = AtOnce.results(filings);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= threads * 3; i++) {
            expected.add("ОБ-2026-%05d".formatted(i));
        }
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_workflow_refuses_what_the_status_does_not_allow() {
        Appeal appeal = file(ivanov, ivanovAccount, AppealCategory.READINGS_AND_METERS);
        long id = appeal.id();
        assertThatThrownBy(() -> appeals.desk().answer(operator, id, "Ответ", List.of())).isInstanceOf(AppealRefusedException.class)
                .hasMessage("Take the appeal into work before answering it");
        assertThatThrownBy(() -> appeals.desk().close(operator, id)).isInstanceOf(AppealRefusedException.class);
        assertThatThrownBy(() -> appeals.filing().reopen(ivanov.viewer(), id)).isInstanceOf(AppealRefusedException.class);

        Appeal taken = appeals.desk().take(operator, id);
        assertThat(taken.status()).isEqualTo(AppealStatus.IN_WORK);
        assertThat(taken.assigneeUserId()).isEqualTo(operator.userId());
        appeals.desk().comment(operator, id, "Проверить показания за сентябрь");
        Appeal answered = appeals.desk().answer(operator, id, "Начисления пересчитаны", List.of(new NewAttachment("OTHER", "act.png", PNG)));
        assertThat(answered.status()).isEqualTo(AppealStatus.ANSWERED);
        assertThatThrownBy(() -> appeals.desk().answer(operator, id, "Ещё", List.of())).isInstanceOf(AppealRefusedException.class);
        assertThatThrownBy(() -> appeals.desk().take(operator, id)).isInstanceOf(AppealRefusedException.class);
        assertThat(appeals.desk().close(operator, id).status()).isEqualTo(AppealStatus.CLOSED);
        assertThatThrownBy(() -> appeals.filing().write(ivanov.viewer(), id, "Ещё вопрос", List.of()))
                .isInstanceOf(AppealRefusedException.class);

        AppealCard forCustomer = appeals.queries().card(ivanov.viewer(), id);
        assertThat(forCustomer.comments()).as("internal comments never reach the customer").isEmpty();
        assertThat(forCustomer.messages()).extracting(m -> m.side()).containsExactly(Side.CUSTOMER, Side.STAFF);
        assertThat(forCustomer.actions()).containsExactly(AppealAction.REOPEN);
        assertThat(forCustomer.history()).extracting(AppealChange::status).containsExactly(AppealStatus.REGISTERED, AppealStatus.IN_WORK,
                AppealStatus.ANSWERED, AppealStatus.CLOSED);
        assertThat(appeals.queries().card(operator, id).comments()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Проверить показания за сентябрь"));
        assertThat(notices).as("the answer's own notice, no second one for its status").doesNotContain(appeal.number() + " ANSWERED");
        assertThat(notices).contains(appeal.number() + " IN_WORK", appeal.number() + " answer " + appeal.number() + "/2",
                appeal.number() + " CLOSED");
        assertThat(auditedActions(appeal.number())).containsExactly("appeals.take", "appeals.comment", "appeals.answer", "appeals.close");
    }

    @Test
    void the_customer_reopens_within_thirty_days_of_the_answer_and_not_after() {
        Appeal first = file(ivanov, ivanovAccount, AppealCategory.SUPPLY_QUALITY);
        appeals.desk().take(operator, first.id());
        appeals.desk().answer(operator, first.id(), "Напряжение в норме", List.of());
        Appeal late = file(ivanov, ivanovAccount, AppealCategory.SUPPLY_QUALITY);
        appeals.desk().take(operator, late.id());
        appeals.desk().answer(operator, late.id(), "Напряжение в норме", List.of());
        try {
            clock.advance(Duration.ofDays(29));
            Appeal reopened = appeals.filing().reopen(ivanov.viewer(), first.id());
            assertThat(reopened.status()).isEqualTo(AppealStatus.IN_WORK);
            assertThat(reopened.deadline()).as("a new term from the day it is reopened").isAfter(first.deadline());
            clock.advance(Duration.ofDays(2));
            assertThatThrownBy(() -> appeals.filing().reopen(ivanov.viewer(), late.id())).isInstanceOf(AppealRefusedException.class)
                    .hasMessage("An appeal can be reopened within 30 days of its answer only");
        } finally {
            clock.set("2026-11-03T10:00");
        }
    }

    @Test
    void the_queue_is_sorted_by_deadline_with_overdue_ones_marked_and_filters() {
        fixture.organization("QUEUE", Fixture.SAMARA, 15, 25);
        Viewer queueAdmin = fixture.staff("ap-queue-admin", Role.ADMIN, "QUEUE");
        long account = fixture.account(ivanov, "QUEUE");
        Appeal complaint = file(ivanov, account, AppealCategory.COMPLAINT);
        Appeal billing = file(ivanov, account, AppealCategory.BILLING);
        assertThat(appeals.desk().queue(queueAdmin, null, null)).extracting(Appeal::id).containsExactly(billing.id(), complaint.id());
        assertThat(appeals.desk().queue(queueAdmin, null, AppealCategory.COMPLAINT)).extracting(Appeal::id).containsExactly(complaint.id());
        appeals.desk().take(queueAdmin, billing.id());
        assertThat(appeals.desk().queue(queueAdmin, AppealStatus.REGISTERED, null)).extracting(Appeal::id).containsExactly(complaint.id());
        appeals.desk().answer(queueAdmin, billing.id(), "Ответ", List.of());
        assertThat(appeals.desk().queue(queueAdmin, null, null)).as("the answered one after those still waiting, whatever its deadline")
                .extracting(Appeal::id).containsExactly(complaint.id(), billing.id());
        assertThat(billing.overdue(clock.instant())).isFalse();
        assertThat(billing.overdue(LocalDate.of(2026, 11, 19).atStartOfDay(Fixture.SAMARA).toInstant())).as("on the day after its deadline").isTrue();
        assertThat(billing.overdue(LocalDate.of(2026, 11, 18).atTime(23, 0).atZone(Fixture.SAMARA).toInstant())).as("on its last day").isFalse();
        String csv = new String(appeals.export().csv(queueAdmin, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFномер;зарегистрировано;категория");
        assertThat(csv).contains(billing.number() + ";03.11.2026 10:00;Начисления и оплата;Счёт за октябрь;Дан ответ;18.11.2026;03.11.2026;да;нет");
        assertThat(appeals.export().csv(queueAdmin, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).as("another period")
                .asString(StandardCharsets.UTF_8).hasLineCount(1);
        try {
            clock.set("2026-12-09T09:00");
            assertThat(appeals.queries().card(queueAdmin, complaint.id()).overdue()).as("20 working days after 3 November: 2 December").isTrue();
            assertThat(appeals.queries().card(queueAdmin, billing.id()).overdue()).as("answered: no longer counts").isFalse();
        } finally {
            clock.set("2026-11-03T10:00");
        }
    }

    @Test
    void a_customer_never_sees_another_customers_appeal_nor_writes_about_their_account() {
        Appeal theirs = file(petrova, petrovaAccount, AppealCategory.OTHER);
        List<ThrowingCallable> actions = List.of(
                () -> appeals.queries().card(ivanov.viewer(), theirs.id()),
                () -> appeals.queries().attachment(ivanov.viewer(), theirs.id(), 1),
                () -> appeals.filing().write(ivanov.viewer(), theirs.id(), "Чужое", List.of()),
                () -> appeals.filing().reopen(ivanov.viewer(), theirs.id()),
                () -> appeals.queries().card(ivanov.viewer(), 999_999));
        for (ThrowingCallable action : actions) {
            assertThatThrownBy(action).isInstanceOf(AccessDeniedException.class).hasMessage("No such appeal");
        }
        assertThatThrownBy(() -> file(ivanov, petrovaAccount, AppealCategory.OTHER)).isInstanceOf(AccessDeniedException.class);
        assertThat(appeals.filing().mine(ivanov.viewer())).extracting(Appeal::id).doesNotContain(theirs.id());
        assertThatThrownBy(() -> appeals.desk().queue(ivanov.viewer(), null, null)).isInstanceOf(AccessDeniedException.class);
        Viewer otherAdmin = fixture.staff("ap-other-admin", Role.ADMIN, "OTHER");
        assertThatThrownBy(() -> appeals.queries().card(otherAdmin, theirs.id())).hasMessage("No such appeal");
        assertThat(appeals.desk().queue(otherAdmin, null, null)).isEmpty();
    }

    @Test
    void staff_without_the_appeals_module_are_refused_by_every_action() {
        Appeal appeal = file(ivanov, ivanovAccount, AppealCategory.CONNECTION);
        Viewer bare = fixture.staff("ap-bare", Role.OPERATOR, "VOLGA");
        List<ThrowingCallable> actions = List.of(
                () -> appeals.desk().queue(bare, null, null),
                () -> appeals.desk().take(bare, appeal.id()),
                () -> appeals.desk().comment(bare, appeal.id(), "x"),
                () -> appeals.desk().answer(bare, appeal.id(), "x", List.of()),
                () -> appeals.desk().close(bare, appeal.id()),
                () -> appeals.queries().card(bare, appeal.id()));
        for (ThrowingCallable action : actions) {
            assertThatThrownBy(action).isInstanceOf(NoModuleException.class);
        }
        assertThat(appeals.queries().card(operator, appeal.id()).actions()).contains(AppealAction.TAKE, AppealAction.COMMENT);
    }

    private static List<String> auditedActions(String number) {
        List<String> actions = new ArrayList<>();
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT action FROM audit_entry WHERE organization_id = 'VOLGA' AND record_id = '" + number + "' ORDER BY id")) {
            while (r.next()) {
                actions.add(r.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
