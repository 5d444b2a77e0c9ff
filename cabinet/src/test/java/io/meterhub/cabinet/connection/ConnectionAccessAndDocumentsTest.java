package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.ProfileForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.meterhub.cabinet.connection.ApplicationStatus.*;
import static io.meterhub.cabinet.connection.ConnectionTestKit.GRID;
import static io.meterhub.cabinet.connection.ConnectionTestKit.text;
import static io.meterhub.cabinet.connection.ConnectionTestKit.OTHER_GRID;
import static io.meterhub.cabinet.connection.ConnectionTestKit.OTHER_SUPPLIER;
import static io.meterhub.cabinet.connection.ConnectionTestKit.SUPPLIER;
import static io.meterhub.cabinet.connection.ConnectionTestKit.jpeg;
import static io.meterhub.cabinet.connection.ConnectionTestKit.pdf;
import static io.meterhub.cabinet.connection.ConnectionTestKit.png;
import static io.meterhub.cabinet.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** Who sees an application, documents checked by their bytes and size, the numbered thread, the queue, paper applications. */
class ConnectionAccessAndDocumentsTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static ConnectionTestKit kit;
    private static ConnectionFeature service;
    private static Viewer operator;
    private static Viewer foreignOperator;
    private static Viewer supplier;
    private static Viewer otherSupplier;

    @BeforeAll
    static void open() {
        kit = new ConnectionTestKit("connection_access", new ConnectionSettings(1024 * 1024));
        service = kit.service;
        operator = kit.staff(Role.OPERATOR, GRID);
        foreignOperator = kit.staff(Role.OPERATOR, OTHER_GRID);
        supplier = kit.staff(Role.SUPPLIER, SUPPLIER);
        otherSupplier = kit.staff(Role.SUPPLIER, OTHER_SUPPLIER);
    }

    @AfterAll
    static void close() {
        kit.close();
    }

    @BeforeEach
    void friday_before_new_year() {
        kit.clock.set("2026-12-25T10:00:00");
    }

    private static Viewer stranger() {
        return kit.applicant();
    }

    private static void notFound(Runnable call) {
        CabinetException e = refusal(call);
        assertThat(e).isInstanceOf(AccessDeniedException.class);
        assertThat(e.code()).isEqualTo(ConnectionError.NOT_FOUND.code());
        assertThat(e.message(RU)).isEqualTo("Заявка не найдена");
    }

    @Test
    void another_customer_cannot_see_or_touch_an_application_and_is_told_it_does_not_exist() {
        Viewer owner = kit.applicant();
        Viewer stranger = kit.applicant();
        long id = kit.submitted(owner);
        long documentId = service.queries().application(owner, id).documents().get(0).id();

        notFound(() -> service.queries().application(stranger, id));
        notFound(() -> service.documents().document(stranger, id, documentId));
        notFound(() -> service.queries().messages(stranger, id));
        notFound(() -> service.messages().writeMessage(stranger, id, "привет", List.of()));
        notFound(() -> service.workflow().cancel(stranger, id, null));
        notFound(() -> service.documents().attach(stranger, id, pdf(DocumentKind.OTHER, "x.pdf")));
        // the same answer for an id that does not exist
        notFound(() -> service.queries().application(stranger, 987654321L));
        assertThat(service.queries().myApplications(stranger)).extracting(ApplicationSummary::id).doesNotContain(id);
        assertThat(service.queries().myApplications(owner)).extracting(ApplicationSummary::id).contains(id);
        // another grid company's operator neither
        notFound(() -> service.queries().application(foreignOperator, id));
        assertThat(service.queries().queue(foreignOperator, QueueFilter.ALL, 0, 100).items()).extracting(ApplicationSummary::id).doesNotContain(id);
    }

    @Test
    void the_supplier_sees_only_the_applications_that_chose_it_downloads_and_writes_but_takes_no_step() {
        Viewer applicant = kit.applicant();
        long chose = kit.submitted(applicant);
        long other = kit.completeDraft(applicant);
        service.form().saveSupplier(applicant, other, OTHER_SUPPLIER);
        service.workflow().submit(applicant, other);
        long draft = kit.completeDraft(applicant);

        List<Long> mine = service.queries().queue(supplier, QueueFilter.ALL, 0, 100).items().stream().map(ApplicationSummary::id).toList();
        assertThat(mine).contains(chose).doesNotContain(other, draft);
        assertThat(service.queries().queue(otherSupplier, QueueFilter.ALL, 0, 100).items()).extracting(ApplicationSummary::id)
                .contains(other).doesNotContain(chose, draft);
        notFound(() -> service.queries().application(supplier, other));
        notFound(() -> service.queries().application(supplier, draft));

        ApplicationDetail seen = service.queries().application(supplier, chose);
        assertThat(seen.actions()).containsExactly(WorkflowAction.WRITE_MESSAGE);
        DocumentContent title = service.documents().document(supplier, chose, seen.documents().get(0).id());
        assertThat(title.fileName()).isEqualTo("title.pdf");
        assertThat(new String(title.bytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        // personal data reaches the supplier masked
        assertThat(seen.applicant().profile().snils()).isEqualTo("***-***-445 95");
        assertThat(seen.applicant().profile().phone()).isEqualTo("+7 *** ***-**-67");
        assertThat(seen.summary().applicantName()).isEqualTo("Иванов И. И.");

        // the supplier downloads the application's data whole, to conclude the supply contract
        DocumentContent card = service.documents().applicationCard(supplier, chose);
        assertThat(card.contentType()).isEqualTo("application/pdf");
        assertThat(text(card.bytes())).contains(seen.summary().number(), "Иванов Иван Иванович", "СНИЛС: 112-233-445 95",
                "63:01:0101001:123", "Самараэнерго", "Правоустанавливающий документ: title.pdf");
        assertThat(text(card.bytes())).as("the applicant's own phone").containsPattern("\\+7 912 \\d{3}-\\d{2}-67");
        notFound(() -> service.documents().applicationCard(otherSupplier, chose));
        notFound(() -> service.documents().applicationCard(stranger(), chose));

        ApplicationMessage written = service.messages().writeMessage(supplier, chose, "Договор энергоснабжения подготовим после присоединения", List.of());
        assertThat(written.author()).isEqualTo(AuthorSide.STAFF);
        assertThat(kit.messageCalls.get(kit.messageCalls.size() - 1)).satisfies(c -> {
            assertThat(c.userId()).isEqualTo(applicant.userId());
            assertThat(c.link()).isEqualTo("connection/applications/" + chose);
            assertThat(c.messageNumber()).isEqualTo(written.number());
        });
        assertThat(refusal(() -> service.workflow().startReview(supplier, chose)).code()).isEqualTo(ConnectionError.NOT_PERMITTED.code());
        assertThat(refusal(() -> service.documents().attach(supplier, chose, pdf(DocumentKind.OTHER, "x.pdf"))).code())
                .isEqualTo(ConnectionError.NOT_PERMITTED.code());
        // a supplier does not see the grid company's queue
        assertThat(refusal(() -> service.queries().queue(Viewer.customer(applicant.userId()), QueueFilter.ALL, 0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documents_are_checked_by_their_bytes_not_their_name_and_by_size() {
        Viewer applicant = kit.applicant();
        long id = service.form().createDraft(applicant, GRID).summary().id();
        assertThat(service.documents().attach(applicant, id, pdf(DocumentKind.TITLE, "C:\\Users\\me\\title.pdf")))
                .satisfies(d -> {
                    assertThat(d.contentType()).isEqualTo("application/pdf");
                    assertThat(d.fileName()).isEqualTo("title.pdf");
                    assertThat(d.uploadedBy()).isEqualTo(AuthorSide.APPLICANT);
                });
        assertThat(service.documents().attach(applicant, id, png(DocumentKind.LOCATION_PLAN, "plan")).contentType()).isEqualTo("image/png");
        assertThat(service.documents().attach(applicant, id, jpeg(DocumentKind.SCAN, "photo.jpeg")).contentType()).isEqualTo("image/jpeg");

        CabinetException renamed = refusal(() -> service.documents().attach(applicant, id,
                new NewDocument(DocumentKind.TITLE, "title.pdf", "this is a text file".getBytes(StandardCharsets.UTF_8))));
        assertThat(renamed.code()).isEqualTo(ConnectionError.DOCUMENT_TYPE.code());
        assertThat(renamed.message(RU)).isEqualTo("Файл title.pdf — не PDF, JPG или PNG");
        CabinetException gif = refusal(() -> service.documents().attach(applicant, id,
                new NewDocument(DocumentKind.TITLE, "scan.gif", "GIF89a......".getBytes(StandardCharsets.US_ASCII))));
        assertThat(gif.message(Locale.ENGLISH)).isEqualTo("The file scan.gif is not a PDF, JPG or PNG");
        byte[] big = new byte[1024 * 1024 + 512 * 1024];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        CabinetException tooLarge = refusal(() -> service.documents().attach(applicant, id, new NewDocument(DocumentKind.TITLE, "big.pdf", big)));
        assertThat(tooLarge.code()).isEqualTo(ConnectionError.DOCUMENT_TOO_LARGE.code());
        assertThat(tooLarge.message(RU)).isEqualTo("Файл big.pdf занимает 1,5 МБ; допускается не более 1,0 МБ");
        assertThat(refusal(() -> service.documents().attach(applicant, id, new NewDocument(DocumentKind.TITLE, "empty.pdf", new byte[0]))).code())
                .isEqualTo(ConnectionError.DOCUMENT_EMPTY.code());
        // the generated kinds and the grid company's conditions are not the applicant's to upload
        assertThat(refusal(() -> service.documents().attach(applicant, id, pdf(DocumentKind.CONTRACT, "c.pdf"))).code())
                .isEqualTo(ConnectionError.DOCUMENT_KIND_RESERVED.code());
        assertThat(refusal(() -> service.documents().attach(applicant, id, pdf(DocumentKind.TECHNICAL_CONDITIONS, "tu.pdf"))).code())
                .isEqualTo(ConnectionError.DOCUMENT_KIND_RESERVED.code());
        assertThat(service.queries().application(applicant, id).documents()).hasSize(3);

        long scan = service.queries().application(applicant, id).documents().get(2).id();
        service.documents().removeDocument(applicant, id, scan);
        assertThat(service.queries().application(applicant, id).documents()).extracting(ApplicationDocument::kind)
                .containsExactly(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN);
    }

    @Test
    void the_default_size_limit_is_ten_megabytes_and_comes_from_the_environment() {
        assertThat(ConnectionSettings.DEFAULTS.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(ConnectionSettings.fromEnv(java.util.Map.of()).maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(ConnectionSettings.fromEnv(java.util.Map.of("MH_CONNECTION_MAX_DOCUMENT_MB", "25")).maxDocumentBytes())
                .isEqualTo(25L * 1024 * 1024);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConnectionSettings.fromEnv(java.util.Map.of("MH_CONNECTION_MAX_DOCUMENT_MB", "ten")))
                .hasMessage("MH_CONNECTION_MAX_DOCUMENT_MB must be a whole number of megabytes, got ten");
    }

    @Test
    void messages_are_numbered_within_the_application_dated_and_carry_checked_attachments() {
        Viewer applicant = kit.applicant();
        refusal(() -> service.messages().writeMessage(applicant, kit.completeDraft(applicant), "на черновик", List.of()));
        long id = kit.submitted(applicant);
        String number = service.queries().application(applicant, id).summary().number();

        ApplicationMessage first = service.messages().writeMessage(applicant, id, "Когда приедет инспектор?", List.of(png(DocumentKind.OTHER, "photo.png")));
        kit.clock.set("2026-12-28T11:30:00");
        ApplicationMessage second = service.messages().writeMessage(operator, id, "В понедельник, 11 января", List.of());
        ApplicationMessage third = service.messages().writeMessage(applicant, id, "Спасибо", null);
        assertThat(first.number()).isEqualTo(number + "/1");
        assertThat(second.number()).isEqualTo(number + "/2");
        assertThat(third.number()).isEqualTo(number + "/3");
        assertThat(second.at()).isEqualTo(java.time.LocalDateTime.parse("2026-12-28T11:30:00").atZone(ConnectionTestKit.SAMARA).toInstant());
        assertThat(first.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("photo.png");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.messageId()).isEqualTo(first.id());
        });
        List<ApplicationMessage> thread = service.queries().messages(operator, id);
        assertThat(thread).extracting(ApplicationMessage::author).containsExactly(AuthorSide.APPLICANT, AuthorSide.STAFF, AuthorSide.APPLICANT);
        assertThat(thread).extracting(ApplicationMessage::text).containsExactly("Когда приедет инспектор?", "В понедельник, 11 января", "Спасибо");
        // attachments belong to their message, not to the application's own documents
        assertThat(service.queries().application(applicant, id).documents()).extracting(ApplicationDocument::fileName).doesNotContain("photo.png");
        // only staff messages notify the applicant
        assertThat(kit.messageCalls).filteredOn(c -> c.applicationId() == id).singleElement()
                .satisfies(c -> assertThat(c.messageNumber()).isEqualTo(number + "/2"));

        assertThat(refusal(() -> service.messages().writeMessage(applicant, id, "  ", List.of())).code()).isEqualTo(ConnectionError.TEXT_REQUIRED.code());
        assertThat(refusal(() -> service.messages().writeMessage(applicant, id, "файл", List.of(new NewDocument(null, "a.exe", new byte[]{'M', 'Z'})))).code())
                .isEqualTo(ConnectionError.DOCUMENT_TYPE.code());
        assertThat(service.queries().messages(applicant, id)).hasSize(3);
    }

    @Test
    void the_queue_puts_the_nearest_deadline_first_marks_overdue_and_filters() {
        Viewer person = kit.applicant();
        long early = kit.submitted(person);
        kit.clock.set("2027-01-12T10:00:00");
        long late = kit.submitted(person);
        service.workflow().startReview(operator, late);

        kit.clock.set("2027-01-13T10:00:00");
        Page<ApplicationSummary> all = service.queries().queue(operator, QueueFilter.ALL, 0, 100);
        List<Long> ids = all.items().stream().map(ApplicationSummary::id).toList();
        assertThat(ids).contains(early, late);
        assertThat(ids.indexOf(early)).isLessThan(ids.indexOf(late));
        ApplicationSummary overdue = all.items().get(ids.indexOf(early));
        assertThat(overdue.deadline()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(overdue.overdue()).isTrue();
        assertThat(all.items().get(ids.indexOf(late)).overdue()).isFalse();

        assertThat(service.queries().queue(operator, new QueueFilter(null, null, true, null), 0, 100).items())
                .extracting(ApplicationSummary::id).contains(early).doesNotContain(late);
        assertThat(service.queries().queue(operator, new QueueFilter(UNDER_REVIEW, null, false, null), 0, 100).items())
                .extracting(ApplicationSummary::id).contains(late).doesNotContain(early);
        assertThat(service.queries().queue(operator, new QueueFilter(null, ApplicantCategory.LEGAL_ENTITY, false, null), 0, 100).items())
                .extracting(ApplicationSummary::id).doesNotContain(early, late);
        String number = service.queries().application(operator, late).summary().number();
        assertThat(service.queries().queue(operator, new QueueFilter(null, null, false, number.toLowerCase(Locale.ROOT)), 0, 100).items())
                .extracting(ApplicationSummary::id).containsExactly(late);
        assertThat(service.queries().queue(operator, new QueueFilter(null, null, false, "садовая"), 0, 100).items())
                .extracting(ApplicationSummary::id).contains(early, late);
        assertThat(service.queries().queue(operator, new QueueFilter(null, null, false, "100%_"), 0, 100).items()).isEmpty();
    }

    @Test
    void staff_register_a_paper_application_for_a_new_applicant_without_a_login_and_submit_it_with_its_scans() {
        ApplicationDetail paper = service.form().registerPaper(operator, new PaperApplicant(null, new ProfileForm(ApplicantCategory.SOLE_PROPRIETOR,
                "Сидоров Пётр Алексеевич", null, null, "500100732259", "304500116000157", "8 (927) 555-12-34", null, "3604 123456")));
        long id = paper.summary().id();
        assertThat(paper.summary().paper()).isTrue();
        assertThat(paper.summary().applicantName()).isEqualTo("ИП Сидоров П. А.");
        assertThat(paper.applicant().profile().userId()).isNull();
        assertThat(paper.applicant().profile().passport()).isEqualTo("**** ***456");
        assertThat(paper.applicant().profile().inn()).isEqualTo("********2259");
        assertThat(paper.actions()).contains(WorkflowAction.EDIT, WorkflowAction.SUBMIT);
        // a paper draft is in the grid company's queue, not another's
        assertThat(service.queries().queue(operator, QueueFilter.ALL, 0, 100).items()).extracting(ApplicationSummary::id).contains(id);
        Viewer colleague = kit.staff(Role.OPERATOR, GRID);
        assertThat(service.queries().application(colleague, id).summary().paper()).isTrue();
        notFound(() -> service.queries().application(foreignOperator, id));

        service.form().saveObject(operator, id, new ObjectStep("Самарская обл., с. Воскресенка, ул. Луговая, 3", "63:26:1803011:1234", ObjectKind.SHOP));
        service.form().savePower(operator, id, new PowerStep(new java.math.BigDecimal("30"), java.math.BigDecimal.ZERO,
                io.meterhub.cabinet.connectionfee.VoltageLevel.LV_0_4, ReliabilityCategory.III, ConnectionKind.NEW));
        service.form().saveSupplier(operator, id, SUPPLIER);
        service.documents().attach(operator, id, pdf(DocumentKind.SCAN, "zayavka-scan.pdf"));
        assertThat(refusal(() -> service.workflow().submit(operator, id)).message(Locale.ENGLISH))
                .isEqualTo("The application lacks: the title document, the location plan");
        service.documents().attach(operator, id, jpeg(DocumentKind.TITLE, "egrn.jpg"));
        service.documents().attach(operator, id, pdf(DocumentKind.LOCATION_PLAN, "plan.pdf"));
        ApplicationDetail submitted = service.workflow().submit(operator, id);
        assertThat(submitted.summary().status()).isEqualTo(SUBMITTED);
        assertThat(submitted.documents()).allSatisfy(d -> assertThat(d.uploadedBy()).isEqualTo(AuthorSide.STAFF));
        assertThat(submitted.history()).extracting(StatusChange::reason).first().isEqualTo("paper");
        // no login, nobody to notify
        assertThat(kit.statusCalls).noneMatch(c -> c.applicationId() == id);
    }

    @Test
    void a_paper_application_for_an_existing_customer_is_theirs_to_see() {
        Viewer customer = kit.applicant();
        String login = kit.fixture.users.find(customer.userId()).orElseThrow().login();
        long id = service.form().registerPaper(operator, new PaperApplicant(login.toUpperCase(Locale.ROOT), null)).summary().id();
        assertThat(service.queries().myApplications(customer)).extracting(ApplicationSummary::id).contains(id);
        assertThat(service.queries().application(customer, id).summary().paper()).isTrue();
        assertThat(refusal(() -> service.form().registerPaper(operator, new PaperApplicant("nobody-here", null))).message(RU))
                .isEqualTo("Заявитель с логином nobody-here не найден");
        assertThat(refusal(() -> service.form().registerPaper(customer, new PaperApplicant(login, null)))).isInstanceOf(AccessDeniedException.class);
        CabinetException badForm = refusal(() -> service.form().registerPaper(operator, new PaperApplicant(null,
                new ProfileForm(ApplicantCategory.INDIVIDUAL, "Иванов Иван", null, "112-233-445 96", null, null, "+7 927 1", null, null))));
        assertThat(badForm).isInstanceOf(FormRejectedException.class);
        assertThat(((FormRejectedException) badForm).problems()).extracting(p -> p.field()).containsExactly("snils", "phone");
    }

    @Test
    void staff_get_the_full_profile_of_a_paper_application_only_after_the_customer_told_of_it_confirms_it() {
        Viewer customer = kit.applicant();
        String login = kit.fixture.users.find(customer.userId()).orElseThrow().login();
        long id = service.form().registerPaper(operator, new PaperApplicant(login, null)).summary().id();

        assertThat(kit.paperCalls).contains(customer.userId() + " " + id + " Org " + GRID + " connection/applications/" + id);
        assertThat(service.form().paperConfirmation(operator, id)).isEqualTo(PaperConfirmationState.AWAITING);
        assertThat(refusal(() -> service.documents().applicationCard(operator, id)).message(RU))
                .startsWith("Заявитель ещё не подтвердил эту бумажную заявку");
        // the applicant reads their own card; nobody else confirms for them
        assertThat(service.documents().applicationCard(customer, id).bytes()).isNotEmpty();
        assertThat(refusal(() -> service.form().confirmPaper(operator, id)).code()).isEqualTo(ConnectionError.NOT_PERMITTED.code());
        notFound(() -> service.form().confirmPaper(kit.applicant(), id));
        notFound(() -> service.form().paperConfirmation(foreignOperator, id));

        assertThat(service.form().confirmPaper(customer, id)).isEqualTo(PaperConfirmationState.CONFIRMED);

        assertThat(service.form().paperConfirmation(operator, id)).isEqualTo(PaperConfirmationState.CONFIRMED);
        assertThat(text(service.documents().applicationCard(operator, id).bytes())).contains("СНИЛС");
        // a paper applicant without a login has nobody to confirm
        long newcomer = service.form().registerPaper(operator, new PaperApplicant(null, new ProfileForm(ApplicantCategory.INDIVIDUAL,
                "Бумажный Пётр Ильич", null, "112-233-445 95", null, null, "+7 927 000-00-11", null, null))).summary().id();
        assertThat(service.form().paperConfirmation(operator, newcomer)).isEqualTo(PaperConfirmationState.NOT_NEEDED);
        assertThat(service.documents().applicationCard(operator, newcomer).bytes()).isNotEmpty();
    }

    @Test
    void the_form_steps_are_validated_one_by_one_and_saved_even_when_others_are_empty() {
        Viewer applicant = kit.applicant();
        ApplicationDetail draft = service.form().createDraft(applicant, GRID);
        long id = draft.summary().id();
        // prefilled from the profile
        assertThat(draft.applicant().profile().displayName()).isEqualTo("Иванов И. И.");
        assertThat(draft.applicant().profile().complete()).isTrue();
        assertThat(draft.summary().category()).isEqualTo(ApplicantCategory.INDIVIDUAL);

        CabinetException bad = refusal(() -> service.form().saveObject(applicant, id, new ObjectStep(" ", "63-01-0101001-123", null)));
        assertThat(((FormRejectedException) bad).problems()).extracting(p -> p.field()).containsExactly("address", "cadastralNumber", "kind");
        assertThat(bad.message(RU)).isEqualTo("Укажите адрес объекта; Кадастровый номер 63-01-0101001-123 должен иметь вид NN:NN:NNNNNNN:NNN; "
                + "Выберите вид объекта");
        ApplicationDetail saved = service.form().saveObject(applicant, id, new ObjectStep("г. Самара, ул. Луговая, 1", "63:01:0101001:7", ObjectKind.GARAGE));
        assertThat(saved.object()).isEqualTo(new ObjectStep("г. Самара, ул. Луговая, 1", "63:01:0101001:7", ObjectKind.GARAGE));
        assertThat(saved.power().maxPowerKw()).isNull();

        CabinetException increase = refusal(() -> service.form().savePower(applicant, id, new PowerStep(new java.math.BigDecimal("10"), null,
                io.meterhub.cabinet.connectionfee.VoltageLevel.LV_0_4, ReliabilityCategory.III, ConnectionKind.INCREASE)));
        assertThat(increase.message(Locale.ENGLISH)).isEqualTo("For an increase, enter the power already connected");
        assertThat(refusal(() -> service.form().savePower(applicant, id, new PowerStep(new java.math.BigDecimal("-1"), null, null, null, null)))
                .message(Locale.ENGLISH)).startsWith("The maximum power must be above 0 and at most 100000 kW, not -1");
        ApplicationDetail power = service.form().savePower(applicant, id, new PowerStep(new java.math.BigDecimal("25.5"), new java.math.BigDecimal("15"),
                io.meterhub.cabinet.connectionfee.VoltageLevel.LV_0_4, ReliabilityCategory.II, ConnectionKind.INCREASE));
        assertThat(power.power().maxPowerKw()).isEqualByComparingTo("25.5");
        assertThat(power.power().alreadyConnectedKw()).isEqualByComparingTo("15");
        assertThat(refusal(() -> service.form().saveSupplier(applicant, id, GRID)).code()).isEqualTo(ConnectionError.NO_SUCH_SUPPLIER.code());
        assertThat(service.form().suppliers()).extracting(OrganizationChoice::id).containsExactly(OTHER_SUPPLIER, SUPPLIER);
        assertThat(service.form().gridCompanies()).extracting(OrganizationChoice::id).contains(GRID, OTHER_GRID);
        assertThat(refusal(() -> service.form().createDraft(applicant, SUPPLIER)).code()).isEqualTo(ConnectionError.NO_SUCH_ORGANIZATION.code());
        assertThat(refusal(() -> service.form().createDraft(operator, GRID))).isInstanceOf(AccessDeniedException.class);
    }
}
