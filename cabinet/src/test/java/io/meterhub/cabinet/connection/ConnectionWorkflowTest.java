package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.meterhub.cabinet.connection.ApplicationStatus.*;
import static io.meterhub.cabinet.connection.ConnectionTestKit.GRID;
import static io.meterhub.cabinet.connection.ConnectionTestKit.text;
import static io.meterhub.cabinet.connection.ConnectionTestKit.pdf;
import static io.meterhub.cabinet.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow against the real PostgreSQL, on 25 December 2026 (a Friday before the New Year holidays
 * of 31 Dec - 10 Jan): every transition with its recorded deadline, the refusals, the notifications.
 */
class ConnectionWorkflowTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static ConnectionTestKit kit;
    private static ConnectionFeature service;
    private static Viewer operator;

    @BeforeAll
    static void open() {
        kit = new ConnectionTestKit("connection_workflow", ConnectionSettings.DEFAULTS);
        service = kit.service;
        operator = kit.staff(Role.OPERATOR, GRID);
    }

    @AfterAll
    static void close() {
        kit.close();
    }

    @BeforeEach
    void friday_before_new_year() {
        kit.clock.set("2026-12-25T10:00:00");
    }

    private static StatusChange last(ApplicationDetail detail) {
        return detail.history().get(detail.history().size() - 1);
    }

    @Test
    void the_whole_journey_records_each_step_with_its_deadline_by_the_production_calendar() {
        Viewer applicant = kit.applicant();
        long id = kit.completeDraft(applicant);
        ApplicationDetail detail = service.workflow().submit(applicant, id);
        assertThat(detail.summary().status()).isEqualTo(SUBMITTED);
        assertThat(detail.summary().number()).matches("ТП-2026-\\d{6}");
        // 3 working days: 28, 29, 30 December
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(detail.summary().deadlineStep()).isEqualTo(DeadlineStep.COMPLETENESS_CHECK);

        detail = service.workflow().startReview(operator, id);
        // 10 working days for an individual's offer: 28-30 Dec, 11-15 Jan, 18-19 Jan
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(detail.summary().deadlineStep()).isEqualTo(DeadlineStep.OFFER);

        DocumentContent drafted = service.workflow().draftTechnicalConditions(operator, id);
        assertThat(text(drafted.bytes())).contains(detail.summary().number(), "63:01:0101001:123");
        assertThat(refusal(() -> service.workflow().draftTechnicalConditions(applicant, id)).code()).isEqualTo(ConnectionError.NOT_PERMITTED.code());
        service.documents().attach(operator, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        detail = service.workflow().offer(operator, id);
        assertThat(detail.summary().status()).isEqualTo(OFFERED);
        // 5 working days to sign: 28, 29, 30 Dec, 11, 12 Jan
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(detail.documents()).extracting(ApplicationDocument::kind)
                .containsExactly(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN, DocumentKind.TECHNICAL_CONDITIONS, DocumentKind.INVOICE,
                        DocumentKind.CONTRACT);
        // the preferential fee for 15 kW at 0.4 kV by the kit's 2026 rates (FeeRates): 15 x 5 423.11, from the fee calculator
        assertThat(detail.fee()).isEqualByComparingTo("81346.65");
        ApplicationDocument contract = detail.documents().get(4);
        DocumentContent contractPdf = service.documents().document(applicant, id, contract.id());
        assertThat(contractPdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(contractPdf.bytes(), 0, 5)).isEqualTo("%PDF-");
        // the contract and the invoice carry the application's data (templates of the document blocks)
        String number = detail.summary().number();
        assertThat(text(contractPdf.bytes())).contains("№ " + number, "г. Самара, ул. Садовая, д. 5", "63:01:0101001:123",
                "максимальная мощность 15 кВт");
        assertThat(text(service.documents().document(operator, id, detail.documents().get(3).id()).bytes())).contains("№ " + number);

        service.signing().requestSigningCode(applicant, id);
        String code = kit.codes.get(kit.codes.size() - 1).code();
        assertThat(kit.codes.get(kit.codes.size() - 1).phone()).as("the applicant's own phone").matches("\\+7912\\d{5}67");
        detail = service.signing().signWithCode(applicant, id, code);
        assertThat(detail.summary().status()).isEqualTo(SIGNED);
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
        SignatureService signatures = Services.of(kit.fixture.dataSource, kit.clock).signatures(Services.of(kit.fixture.dataSource, kit.clock).codes());
        assertThat(signatures.signatures(ConnectionLinks.documentRef(contract.id())))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.userId()).isEqualTo(applicant.userId());
                    assertThat(s.sha256Hex()).isEqualTo(SignatureService.sha256Hex(contractPdf.bytes()));
                });

        kit.clock.set("2027-01-11T09:00:00");
        detail = service.workflow().markPaid(operator, id);
        // 30 working days of the connection from Monday 11 Jan 2027: to Monday 22 Feb is a holiday, 20 Feb (Sat) is worked
        assertThat(detail.summary().deadline()).isEqualTo(kitCalendarAdd(LocalDate.of(2027, 1, 11), 30));
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 2, 20));
        LocalDate connectionDeadline = detail.summary().deadline();

        detail = service.workflow().startWork(operator, id);
        assertThat(detail.summary().status()).isEqualTo(IN_PROGRESS);
        assertThat(detail.summary().deadline()).as("the connection term keeps running").isEqualTo(connectionDeadline);

        detail = service.workflow().markConnected(operator, id);
        assertThat(detail.summary().status()).isEqualTo(CONNECTED);
        assertThat(detail.summary().deadline()).isNull();
        assertThat(detail.actions()).containsExactly(WorkflowAction.WRITE_MESSAGE);

        assertThat(detail.history()).extracting(StatusChange::to)
                .containsExactly(DRAFT, SUBMITTED, UNDER_REVIEW, OFFERED, SIGNED, PAID, IN_PROGRESS, CONNECTED);
        assertThat(detail.history()).extracting(StatusChange::bySide)
                .containsExactly(AuthorSide.APPLICANT, AuthorSide.APPLICANT, AuthorSide.STAFF, AuthorSide.STAFF, AuthorSide.APPLICANT,
                        AuthorSide.STAFF, AuthorSide.STAFF, AuthorSide.STAFF);
        assertThat(detail.history().get(5).at()).isEqualTo(java.time.LocalDateTime.parse("2027-01-11T09:00:00").atZone(kit.SAMARA).toInstant());

        // the applicant heard of every change, each with the link to the application's page
        List<ConnectionTestKit.StatusCall> calls = kit.statusCalls.stream().filter(c -> c.applicationId() == id).toList();
        assertThat(calls).extracting(ConnectionTestKit.StatusCall::to)
                .containsExactly(SUBMITTED, UNDER_REVIEW, OFFERED, SIGNED, PAID, IN_PROGRESS, CONNECTED);
        assertThat(calls).allSatisfy(c -> {
            assertThat(c.userId()).isEqualTo(applicant.userId());
            assertThat(c.link()).isEqualTo("connection/applications/" + id);
            assertThat(c.number()).matches("ТП-2026-\\d{6}");
        });
        assertThat(calls.get(1).deadline()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(calls.get(0).from()).isEqualTo(DRAFT);

        // and the webhooks' outbox has each change, recorded in its transaction, for the grid company's systems
        assertThat(Jdbc.list(kit.fixture.dataSource, "SELECT organization_id, data->>'from' AS from_status, data->>'to' AS to_status, "
                + "data->>'number' AS number FROM integration_event WHERE type = 'application.status_changed' "
                + "AND (data->>'applicationId')::bigint = ? ORDER BY id", r -> r.getString(1) + " " + r.getString(2) + ">" + r.getString(3)
                + " " + r.getString(4), id)).containsExactly(
                GRID + " DRAFT>SUBMITTED " + number, GRID + " SUBMITTED>UNDER_REVIEW " + number, GRID + " UNDER_REVIEW>OFFERED " + number,
                GRID + " OFFERED>SIGNED " + number, GRID + " SIGNED>PAID " + number, GRID + " PAID>IN_PROGRESS " + number,
                GRID + " IN_PROGRESS>CONNECTED " + number);
    }

    private static LocalDate kitCalendarAdd(LocalDate start, int days) {
        return io.meterhub.cabinet.calendar.ProductionCalendar.russia().addWorkingDays(start, days);
    }

    @Test
    void missing_documents_are_requested_with_a_text_and_the_upload_and_resubmit_return_it_to_review() {
        Viewer applicant = kit.applicant();
        long id = kit.submitted(applicant);

        assertThat(refusal(() -> service.workflow().requestDocuments(operator, id, "  ")).code()).isEqualTo(ConnectionError.REASON_REQUIRED.code());
        ApplicationDetail detail = service.workflow().requestDocuments(operator, id, "Приложите доверенность представителя");
        assertThat(detail.summary().status()).isEqualTo(INCOMPLETE);
        // п. 15: 20 working days from Friday 25 Dec 2026 across the New Year holidays
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(detail.summary().deadlineStep()).isEqualTo(DeadlineStep.MISSING_DOCUMENTS);
        assertThat(last(detail).reason()).isEqualTo("Приложите доверенность представителя");
        assertThat(detail.messages()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Приложите доверенность представителя");
            assertThat(m.author()).isEqualTo(AuthorSide.STAFF);
        });
        assertThat(kit.statusCalls.get(kit.statusCalls.size() - 1))
                .satisfies(c -> {
                    assertThat(c.to()).isEqualTo(INCOMPLETE);
                    assertThat(c.reason()).isEqualTo("Приложите доверенность представителя");
                    assertThat(c.deadline()).isEqualTo(LocalDate.of(2027, 2, 2));
                });
        assertThat(detail.actions()).contains(WorkflowAction.REFUSE).doesNotContain(WorkflowAction.OFFER);
        assertThat(service.queries().application(applicant, id).actions()).contains(WorkflowAction.EDIT, WorkflowAction.RESUBMIT, WorkflowAction.CANCEL);

        // a representative now files: the power of attorney is required before it can go back
        service.form().saveApplicant(applicant, id, new ApplicantStep(true, "Петров Пётр Петрович"));
        CabinetException missing = refusal(() -> service.workflow().resubmit(applicant, id));
        assertThat(missing).isInstanceOf(ApplicationIncompleteException.class);
        assertThat(missing.message(Locale.ENGLISH)).isEqualTo("The application lacks: the power of attorney");
        service.documents().attach(applicant, id, pdf(DocumentKind.POWER_OF_ATTORNEY, "dov.pdf"));
        kit.clock.set("2027-01-12T10:00:00");
        detail = service.workflow().resubmit(applicant, id);
        assertThat(detail.summary().status()).isEqualTo(UNDER_REVIEW);
        // the offer term from Tuesday 12 Jan 2027: 13-15, 18-22, 25-26 Jan
        assertThat(detail.summary().deadline()).isEqualTo(LocalDate.of(2027, 1, 26));
    }

    @Test
    void submitting_without_the_required_documents_names_each_missing_one() {
        Viewer applicant = kit.applicant();
        long id = service.form().createDraft(applicant, GRID).summary().id();
        service.form().saveApplicant(applicant, id, new ApplicantStep(true, "Петров Пётр Петрович"));
        CabinetException e = refusal(() -> service.workflow().submit(applicant, id));
        assertThat(e.code()).isEqualTo(ConnectionError.INCOMPLETE.code());
        assertThat(((ApplicationIncompleteException) e).missing()).extracting(MissingItem::code)
                .containsExactly("connection.missing.address", "connection.missing.cadastral_number", "connection.missing.object_kind",
                        "connection.missing.power", "connection.missing.document.TITLE", "connection.missing.document.LOCATION_PLAN",
                        "connection.missing.document.POWER_OF_ATTORNEY", "connection.missing.supplier");
        assertThat(e.message(RU)).isEqualTo("В заявке не хватает: адреса объекта, кадастрового номера, вида объекта, "
                + "сведений об энергопринимающих устройствах, правоустанавливающего документа, плана расположения энергопринимающих устройств, "
                + "доверенности, гарантирующего поставщика");
        assertThat(service.queries().application(applicant, id).summary().status()).isEqualTo(DRAFT);
        assertThat(service.queries().application(applicant, id).missing()).hasSize(8);

        // with the title and plan but no power of attorney for the representative
        long other = kit.completeDraft(applicant);
        service.form().saveApplicant(applicant, other, new ApplicantStep(true, "Петров Пётр Петрович"));
        CabinetException noPower = refusal(() -> service.workflow().submit(applicant, other));
        assertThat(noPower.message(Locale.ENGLISH)).isEqualTo("The application lacks: the power of attorney");
    }

    @Test
    void the_offer_without_technical_conditions_is_refused() {
        Viewer applicant = kit.applicant();
        long id = kit.submitted(applicant);
        service.workflow().startReview(operator, id);
        CabinetException e = refusal(() -> service.workflow().offer(operator, id));
        assertThat(e.code()).isEqualTo(ConnectionError.NO_TECHNICAL_CONDITIONS.code());
        assertThat(e.message(RU)).isEqualTo("Перед направлением договора загрузите технические условия");
        ApplicationDetail detail = service.queries().application(operator, id);
        assertThat(detail.summary().status()).isEqualTo(UNDER_REVIEW);
        assertThat(detail.documents()).extracting(ApplicationDocument::kind).doesNotContain(DocumentKind.INVOICE, DocumentKind.CONTRACT);
        assertThat(detail.fee()).isNull();
    }

    @Test
    void each_state_refuses_what_it_does_not_allow_with_a_clear_message() {
        Viewer applicant = kit.applicant();
        long id = kit.completeDraft(applicant);
        // DRAFT: staff cannot see a draft that is not theirs; the applicant cannot resubmit or sign
        assertThat(refusal(() -> service.workflow().startReview(operator, id))).isInstanceOf(AccessDeniedException.class)
                .extracting(CabinetException::code).isEqualTo(ConnectionError.NOT_FOUND.code());
        CabinetException resubmit = refusal(() -> service.workflow().resubmit(applicant, id));
        assertThat(resubmit).isInstanceOf(TransitionRefusedException.class);
        assertThat(resubmit.message(RU)).isEqualTo("Возврат на рассмотрение невозможно: заявка в состоянии «черновик»");
        assertThat(resubmit.message(Locale.ENGLISH)).isEqualTo("Returning to review is not possible while the application is draft");
        assertThat(refusal(() -> service.signing().signWithCode(applicant, id, "123456"))).isInstanceOf(TransitionRefusedException.class);

        service.workflow().submit(applicant, id);
        // SUBMITTED: no offer before the review, no second submission, the applicant cannot take staff actions
        assertThat(refusal(() -> service.workflow().offer(operator, id))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.workflow().submit(applicant, id))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.workflow().startReview(applicant, id)).code()).isEqualTo(ConnectionError.NOT_PERMITTED.code());
        assertThat(refusal(() -> service.workflow().markPaid(operator, id))).isInstanceOf(TransitionRefusedException.class);

        service.workflow().startReview(operator, id);
        // UNDER_REVIEW: not paid before signing; the applicant cannot edit any more
        assertThat(refusal(() -> service.workflow().markPaid(operator, id))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.form().saveObject(applicant, id, new ObjectStep("Самара", "63:01:0101001:1", ObjectKind.HOUSE))))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.documents().attach(applicant, id, pdf(DocumentKind.OTHER, "x.pdf")))).isInstanceOf(TransitionRefusedException.class);

        service.documents().attach(operator, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        service.workflow().offer(operator, id);
        // OFFERED: no second offer, no work before payment
        assertThat(refusal(() -> service.workflow().offer(operator, id))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.workflow().startWork(operator, id))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.signing().signWithCode(applicant, id, "000000")).code()).startsWith("signature.code.");
        assertThat(refusal(() -> service.workflow().signedOnPaper(operator, id, pdf(DocumentKind.SCAN, "signed.pdf"))).code())
                .isEqualTo(ConnectionError.NOT_PAPER.code());
        assertThat(service.queries().application(operator, id).actions()).doesNotContain(WorkflowAction.SIGNED_ON_PAPER, WorkflowAction.SIGN);
        assertThat(service.queries().application(applicant, id).actions()).contains(WorkflowAction.SIGN, WorkflowAction.CANCEL);
        assertThat(service.queries().application(applicant, id).summary().status()).isEqualTo(OFFERED);

        service.signing().requestSigningCode(applicant, id);
        service.signing().signWithCode(applicant, id, kit.codes.get(kit.codes.size() - 1).code());
        // SIGNED: the applicant can no longer cancel
        assertThat(refusal(() -> service.workflow().cancel(applicant, id, "передумал"))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.workflow().markConnected(operator, id))).isInstanceOf(TransitionRefusedException.class);
        service.workflow().markPaid(operator, id);
        // PAID
        assertThat(refusal(() -> service.workflow().markConnected(operator, id))).isInstanceOf(TransitionRefusedException.class);
        service.workflow().startWork(operator, id);
        // IN_PROGRESS
        assertThat(refusal(() -> service.workflow().startWork(operator, id))).isInstanceOf(TransitionRefusedException.class);
        service.workflow().markConnected(operator, id);
        // CONNECTED is final
        assertThat(refusal(() -> service.workflow().refuse(operator, id, "поздно"))).isInstanceOf(TransitionRefusedException.class);
        assertThat(refusal(() -> service.workflow().cancel(applicant, id, null))).isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void the_applicant_cancels_before_signing_and_staff_refuse_with_a_reason_from_any_open_state() {
        Viewer applicant = kit.applicant();
        long draft = service.form().createDraft(applicant, GRID).summary().id();
        assertThat(service.workflow().cancel(applicant, draft, null).summary().status()).isEqualTo(CANCELLED);
        assertThat(refusal(() -> service.form().saveSupplier(applicant, draft, ConnectionTestKit.SUPPLIER))).isInstanceOf(TransitionRefusedException.class);

        long offered = kit.submitted(applicant);
        service.workflow().startReview(operator, offered);
        service.documents().attach(operator, offered, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        service.workflow().offer(operator, offered);
        ApplicationDetail cancelled = service.workflow().cancel(applicant, offered, "Нашёл другой вариант");
        assertThat(cancelled.summary().status()).isEqualTo(CANCELLED);
        assertThat(last(cancelled).reason()).isEqualTo("Нашёл другой вариант");
        assertThat(cancelled.summary().deadline()).isNull();

        long submitted = kit.submitted(applicant);
        assertThat(refusal(() -> service.workflow().refuse(operator, submitted, "")).code()).isEqualTo(ConnectionError.REASON_REQUIRED.code());
        assertThat(refusal(() -> service.workflow().refuse(applicant, submitted, "сам")).code()).isEqualTo(ConnectionError.NOT_PERMITTED.code());
        ApplicationDetail refused = service.workflow().refuse(operator, submitted, "Объект вне зоны обслуживания");
        assertThat(refused.summary().status()).isEqualTo(REFUSED);
        assertThat(last(refused).reason()).isEqualTo("Объект вне зоны обслуживания");
        assertThat(last(refused).byName()).isNotBlank();
        assertThat(kit.statusCalls.get(kit.statusCalls.size() - 1)).satisfies(c -> {
            assertThat(c.to()).isEqualTo(REFUSED);
            assertThat(c.reason()).isEqualTo("Объект вне зоны обслуживания");
            assertThat(c.deadline()).isNull();
        });
        assertThat(refusal(() -> service.workflow().refuse(operator, submitted, "ещё раз"))).isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void a_legal_entity_signs_with_a_code_only_where_its_grid_company_allows_it() {
        Viewer company = kit.fixture.customer("company-" + System.nanoTime()).viewer();
        kit.registration.saveProfile(company, new io.meterhub.cabinet.registration.ProfileForm(
                io.meterhub.cabinet.connectionfee.ApplicantCategory.LEGAL_ENTITY, "Петров Пётр Петрович", "ООО «Ромашка»", null, "7707083893",
                "1027700132195", "+7 927 000-11-22", "office@romashka.ru", null));
        kit.registration.sendPhoneCode(company);
        kit.registration.confirmPhone(company, kit.codes.get(kit.codes.size() - 1).code());
        long id = kit.submitted(company);
        service.workflow().startReview(operator, id);
        service.documents().attach(operator, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"));
        ApplicationDetail offered = service.workflow().offer(operator, id);
        // 20 working days for a legal entity's offer... the signing term is the same 5 days
        assertThat(offered.summary().deadline()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(refusal(() -> service.signing().requestSigningCode(company, id)).code()).isEqualTo(ConnectionError.CODE_SIGNING_NOT_ALLOWED.code());
        assertThat(refusal(() -> service.signing().signWithCode(company, id, "123456")).code()).isEqualTo(ConnectionError.CODE_SIGNING_NOT_ALLOWED.code());
        // a CMS that does not verify is refused by the signature service and nothing changes
        assertThat(refusal(() -> service.signing().signWithCades(company, id, new byte[]{1, 2, 3}))).isNotNull();
        assertThat(service.queries().application(company, id).summary().status()).isEqualTo(OFFERED);

        Jdbc.update(kit.fixture.dataSource, "UPDATE organization SET code_signing_for_legal_entities = true WHERE id = ?", GRID);
        service.signing().requestSigningCode(company, id);
        assertThat(service.signing().signWithCode(company, id, kit.codes.get(kit.codes.size() - 1).code()).summary().status()).isEqualTo(SIGNED);
        Jdbc.update(kit.fixture.dataSource, "UPDATE organization SET code_signing_for_legal_entities = false WHERE id = ?", GRID);
    }

    @Test
    void a_legal_entitys_offer_term_is_twenty_working_days() {
        Viewer company = kit.fixture.customer("company2-" + System.nanoTime()).viewer();
        kit.registration.saveProfile(company, new io.meterhub.cabinet.registration.ProfileForm(
                io.meterhub.cabinet.connectionfee.ApplicantCategory.LEGAL_ENTITY, "Петров Пётр Петрович", "ООО «Ромашка»", null, "7707083893",
                "1027700132195", "+7 927 000-11-22", null, null));
        long id = kit.submitted(company);
        // from Friday 25 Dec 2026: 28-30 Dec, 11-15, 18-22, 25-29 Jan, 1-2 Feb
        assertThat(service.workflow().startReview(operator, id).summary().deadline()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    void a_failing_notifier_does_not_undo_the_change() {
        ConnectionFeature failing = Services.of(kit.fixture.dataSource, kit.clock).connection(
                io.meterhub.cabinet.calendar.ProductionCalendar.russia(), new ApplicantNotifier() {
            @Override
            public void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to,
                                      String reason, LocalDate deadline, String link) {
                throw new IllegalStateException("mail server down");
            }

            @Override
            public void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link) {
                throw new IllegalStateException("mail server down");
            }
        }, (phone, code) -> { }, ConnectionSettings.DEFAULTS);
        Viewer applicant = kit.applicant();
        long id = kit.completeDraft(applicant);
        assertThat(failing.workflow().submit(applicant, id).summary().status()).isEqualTo(SUBMITTED);
        assertThat(failing.messages().writeMessage(operator, id, "Принято", List.of()).number()).endsWith("/1");
    }

    @Test
    void the_deadline_rules_are_seeded_per_category_with_their_basis() {
        var rules = new io.meterhub.cabinet.calendar.DeadlineRules(new io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository(kit.fixture.dataSource), io.meterhub.cabinet.calendar.ProductionCalendar.russia()).all();
        assertThat(rules).hasSize(18);
        assertThat(rules).filteredOn(r -> r.step() == DeadlineStep.MISSING_DOCUMENTS)
                .allSatisfy(r -> assertThat(r.workingDays()).isEqualTo(20))
                .allSatisfy(r -> assertThat(r.basis()).contains("CONFIRMED"));
        assertThat(rules).filteredOn(r -> r.step() == DeadlineStep.PAYMENT).allSatisfy(r -> assertThat(r.basis()).contains("NOT CONFIRMED"));
        assertThat(refusal(() -> new io.meterhub.cabinet.calendar.DeadlineRules(new io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository(kit.fixture.dataSource), io.meterhub.cabinet.calendar.ProductionCalendar.russia()).set(operator, io.meterhub.cabinet.connectionfee.ApplicantCategory.INDIVIDUAL,
                DeadlineStep.PAYMENT, 7, "приказ"))).isInstanceOf(AccessDeniedException.class);
        // an administrator changes a term; the next transition uses it
        var admin = kit.staff(Role.ADMIN, GRID);
        var configurable = new io.meterhub.cabinet.calendar.DeadlineRules(new io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository(kit.fixture.dataSource), io.meterhub.cabinet.calendar.ProductionCalendar.russia());
        assertThat(refusal(() -> configurable.set(admin, io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR,
                DeadlineStep.COMPLETENESS_CHECK, 0, "приказ")).code()).isEqualTo(io.meterhub.cabinet.calendar.DeadlineRules.DAYS_INVALID);
        configurable.set(admin, io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR, DeadlineStep.COMPLETENESS_CHECK, 6,
                "приказ № 12 (старая редакция п. 15)");
        assertThat(configurable.workingDays(io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR, DeadlineStep.COMPLETENESS_CHECK))
                .isEqualTo(6);
        assertThat(configurable.deadline(io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR, DeadlineStep.COMPLETENESS_CHECK,
                LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(configurable.workingDays(io.meterhub.cabinet.connectionfee.ApplicantCategory.INDIVIDUAL, DeadlineStep.COMPLETENESS_CHECK))
                .isEqualTo(3);
    }
}
