package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.connection.ApplicationView;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.connection.staff.ApplicationQueueView;
import io.meterhub.dashboard.connection.staff.PaperApplicationView;
import io.meterhub.dashboard.connection.staff.StaffApplicationView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The grid company's queue and detail, and the supplier's view (Karibu-Testing over the real services,
 * a fresh database and a clock the test moves): the queue by deadline with the overdue one first and
 * marked, its filters; each workflow button only when the workflow allows it; the offer refused without
 * technical conditions and made with them; the supplier's staff seeing only the applications that
 * chose them, with nothing but the thread; customers kept out.
 */
@SpringBootTest(classes = {DashboardApplication.class, ConnectionTestBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class StaffConnectionViewsTest extends ConnectionViewTest {
    @Autowired
    private ConnectionTestBeans.MovableClock clock;

    @Test
    void the_queue_puts_the_overdue_application_first_marks_it_and_filters() {
        Viewer early = viewerOf(applicant("early"));
        long overdue = submitted(early);
        clock.advance(Duration.ofDays(14)); // the completeness check takes 3 working days
        Viewer late = viewerOf(applicant("late"));
        long fresh = submitted(late);
        String freshNumber = applications.queries().application(late, fresh).summary().number();

        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(ApplicationQueueView.class);
        assertThat(title()).isEqualTo("Заявки на присоединение");
        List<Long> ids = ids();
        assertThat(ids).containsSubsequence(overdue, fresh);
        assertThat(ids.indexOf(overdue)).isLessThan(ids.indexOf(fresh));
        assertThat(items().stream().filter(a -> a.id() == overdue).findFirst().orElseThrow().overdue()).isTrue();

        _get(Checkbox.class, spec -> spec.withId(ApplicationQueueView.OVERDUE_ID)).setValue(true);
        assertThat(ids()).contains(overdue).doesNotContain(fresh);
        _get(Checkbox.class, spec -> spec.withId(ApplicationQueueView.OVERDUE_ID)).setValue(false);
        _get(TextField.class, spec -> spec.withId(ApplicationQueueView.TEXT_ID)).setValue(freshNumber);
        assertThat(ids()).containsExactly(fresh);
        assertThat(text(ApplicationQueueView.TOTAL_ID)).isEqualTo("Найдено: 1");
        _get(TextField.class, spec -> spec.withId(ApplicationQueueView.TEXT_ID)).setValue("");
        @SuppressWarnings("unchecked")
        Select<ApplicationStatus> status = _get(Select.class, spec -> spec.withId(ApplicationQueueView.STATUS_ID));
        status.setValue(ApplicationStatus.UNDER_REVIEW);
        assertThat(ids()).isEmpty();

        // the overdue mark on the detail too
        UI.getCurrent().navigate(StaffApplicationView.route(overdue));
        assertThat(text("app-deadline")).contains("проверка заявки");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("mh-overdue")).getText()).isEqualTo("просрочено");
    }

    @Test
    void the_detail_shows_only_the_actions_the_workflow_allows_and_offers_once_the_technical_conditions_are_there() {
        Viewer owner = viewerOf(applicant("offer"));
        long id = submitted(owner);
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        assertThat(text("app-status")).isEqualTo("Подана");
        assertThat(text("app-applicant")).isEqualTo("Смирнова О. П.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("app-object-kind"))
                .getElement().getParent().getTextRecursively()).as("the label is a text, not a missing key").startsWith("Вид объекта: ");
        assertThat(text("app-snils")).isEqualTo("***-***-445 95");
        assertThat(text(StaffApplicationView.DOCUMENTS_ID)).contains("title.pdf").contains("plan.pdf");
        _assertOne(Button.class, spec -> spec.withId(StaffApplicationView.START_REVIEW_ID));
        _assertOne(Button.class, spec -> spec.withId(StaffApplicationView.REQUEST_ID));
        _assertOne(Button.class, spec -> spec.withId(StaffApplicationView.REFUSE_ID));
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.OFFER_ID));
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.MARK_PAID_ID));
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.MARK_CONNECTED_ID));

        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.START_REVIEW_ID)));
        assertThat(text("app-status")).isEqualTo("На рассмотрении");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.START_REVIEW_ID));
        _assertOne(Button.class, spec -> spec.withId(StaffApplicationView.OFFER_ID));

        // no offer without the technical conditions
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.OFFER_ID)));
        assertThat(text(StaffApplicationView.MESSAGE_ID)).isEqualTo("Перед направлением договора загрузите технические условия");
        assertThat(text("app-status")).isEqualTo("На рассмотрении");

        @SuppressWarnings("unchecked")
        Select<DocumentKind> kind = _get(Select.class, spec -> spec.withId(StaffApplicationView.DOCUMENT_UPLOAD_ID + "-kind"));
        kind.setValue(DocumentKind.TECHNICAL_CONDITIONS);
        _upload(_get(Upload.class, spec -> spec.withId(StaffApplicationView.DOCUMENT_UPLOAD_ID + "-upload")), "ТУ.pdf", "application/pdf",
                pdfBytes("tu"));
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.OFFER_ID)));
        assertThat(text("app-status")).isEqualTo("Направлен договор");
        assertThat(text("app-fee")).isEqualTo("81\u00A0346,65\u00A0₽");
        assertThat(text(StaffApplicationView.DOCUMENTS_ID)).contains("Технические условия · ТУ.pdf").contains("Счёт").contains("Договор");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.OFFER_ID));
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.MARK_PAID_ID));
        _assertOne(Button.class, spec -> spec.withId(StaffApplicationView.REFUSE_ID));

        // the applicant was told, with the link to the page
        assertThat(recorded.notifications).anySatisfy(n -> {
            assertThat(n.userId()).isEqualTo(owner.userId());
            assertThat(n.subject()).contains("направлен договор");
            assertThat(n.link()).isEqualTo(ApplicationView.route(id));
        });

        // signed by the applicant, who entered the password just now (signing asks for that): then paid, work, connected, one button at a time
        context.getBean(io.meterhub.cabinet.twofactor.SecondFactors.class).authenticated(owner.userId());
        codes.forUser(owner.userId(), () -> applications.signing().requestSigningCode(owner, id));
        applications.signing().signWithCode(owner, id, sms.lastCode());
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        assertThat(text("app-status")).isEqualTo("Договор подписан");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.START_WORK_ID));
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.MARK_PAID_ID)));
        assertThat(text("app-status")).isEqualTo("Оплачена");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.MARK_PAID_ID));
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.START_WORK_ID)));
        assertThat(text("app-status")).isEqualTo("Выполняется присоединение");
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.MARK_CONNECTED_ID)));
        assertThat(text("app-status")).isEqualTo("Присоединено");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.REFUSE_ID));
        assertThat(text(io.meterhub.dashboard.connection.ApplicationFacts.HISTORY_ID)).contains("Оплачена → Выполняется присоединение")
                .contains("Выполняется присоединение → Присоединено");
    }

    @Test
    void staff_register_a_paper_application_for_a_new_applicant_fill_it_attach_its_scan_and_submit_it() {
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(PaperApplicationView.class);
        assertThat(title()).isEqualTo("Регистрация бумажной заявки");
        _get(TextField.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileFields.FULL_NAME_ID)).setValue("Орлов Николай Петрович");
        _get(TextField.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileFields.SNILS_ID)).setValue("112-233-445 96");
        _get(TextField.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileFields.PHONE_ID)).setValue("+7 937 222-33-44");
        _click(_get(Button.class, spec -> spec.withId(PaperApplicationView.REGISTER_ID)));
        assertThat(_get(TextField.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileFields.SNILS_ID)).getErrorMessage())
                .isEqualTo("СНИЛС: контрольное число не сходится с номером, проверьте, нет ли опечатки.");
        _get(TextField.class, spec -> spec.withId(io.meterhub.dashboard.registration.ProfileFields.SNILS_ID)).setValue("112-233-445 95");
        _click(_get(Button.class, spec -> spec.withId(PaperApplicationView.REGISTER_ID)));

        // the paper draft's form, filled by staff; the scan is one of the kinds they may attach
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("connection/applications/\\d+/form/1");
        long id = Long.parseLong(path.replaceAll("connection/applications/(\\d+)/form/1", "$1"));
        Viewer operator = viewerOf("operator");
        applications.form().saveObject(operator, id, new io.meterhub.cabinet.connection.ObjectStep("г. Самара, ул. Луначарского, д. 2", "63:01:0101001:77",
                io.meterhub.cabinet.connection.ObjectKind.GARAGE));
        applications.form().savePower(operator, id, new io.meterhub.cabinet.connection.PowerStep(new java.math.BigDecimal("5"), java.math.BigDecimal.ZERO,
                io.meterhub.cabinet.connectionfee.VoltageLevel.LV_0_4, io.meterhub.cabinet.connection.ReliabilityCategory.III,
                io.meterhub.cabinet.connection.ConnectionKind.NEW));
        applications.form().saveSupplier(operator, id, ConnectionTestBeans.SUPPLIER);
        applications.documents().attach(operator, id, pdf(DocumentKind.TITLE, "title-scan.pdf"));
        applications.documents().attach(operator, id, pdf(DocumentKind.LOCATION_PLAN, "plan-scan.pdf"));
        UI.getCurrent().navigate(io.meterhub.dashboard.connection.ApplicationFormView.route(id, 4));
        @SuppressWarnings("unchecked")
        Select<DocumentKind> kind = _get(Select.class, spec -> spec.withId(io.meterhub.dashboard.connection.ApplicationFormView.UPLOAD_ID + "-kind"));
        assertThat(kind.getListDataView().getItems().toList()).contains(DocumentKind.SCAN);
        kind.setValue(DocumentKind.SCAN);
        _upload(_get(Upload.class, spec -> spec.withId(io.meterhub.dashboard.connection.ApplicationFormView.UPLOAD_ID + "-upload")),
                "заявление.png", "image/png", pngBytes());
        assertThat(text(io.meterhub.dashboard.connection.ApplicationFormView.DOCUMENTS_ID)).contains("Скан бумажной заявки · заявление.png");
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.connection.ApplicationFormView.SUBMIT_ID)));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(StaffApplicationView.route(id));
        assertThat(text("app-status")).isEqualTo("Подана");
        assertThat(text("app-paper")).isEqualTo("подана на бумаге, зарегистрирована сотрудником");
        assertThat(text("app-applicant")).isEqualTo("Орлов Н. П.");
        UI.getCurrent().navigate(ApplicationQueueView.class);
        assertThat(ids()).contains(id);
    }

    @Test
    void a_paper_application_for_an_existing_customer_keeps_their_data_from_staff_until_the_customer_told_of_it_confirms_it() {
        String login = applicant("paperc");
        Viewer customer = viewerOf(login);
        long id = applications.form().registerPaper(viewerOf("operator"), new io.meterhub.cabinet.connection.PaperApplicant(login, null)).summary().id();
        assertThat(recorded.notifications).anySatisfy(n -> {
            assertThat(n.userId()).isEqualTo(customer.userId());
            assertThat(n.subject()).contains("от вашего имени зарегистрирована бумажная заявка");
            assertThat(n.link()).isEqualTo("connection/applications/" + id);
        });

        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        assertThat(text(StaffApplicationView.AWAITING_ID)).startsWith("Данные заявителя (PDF) станут доступны, когда заявитель подтвердит");
        _assertNone(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId(StaffApplicationView.EXPORT_ID));

        newUi();
        signIn(login, PASSWORD);
        UI.getCurrent().navigate("connection/applications/" + id);
        assertThat(text(io.meterhub.dashboard.connection.ApplicationView.PAPER_BOX_ID)).contains("Подтвердите бумажную заявку");
        _click(_get(Button.class, spec -> spec.withId(io.meterhub.dashboard.connection.ApplicationView.PAPER_CONFIRM_ID)));
        _assertNone(Button.class, spec -> spec.withId(io.meterhub.dashboard.connection.ApplicationView.PAPER_CONFIRM_ID));

        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        _assertNone(com.vaadin.flow.component.html.Span.class, spec -> spec.withId(StaffApplicationView.AWAITING_ID));
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId(StaffApplicationView.EXPORT_ID));
    }

    @Test
    void asking_for_missing_documents_needs_a_text_which_reaches_the_thread_and_a_refusal_needs_a_reason() {
        Viewer owner = viewerOf(applicant("missing"));
        long id = submitted(owner);
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.REQUEST_ID)));
        assertThat(text("app-status")).isEqualTo("Подана");
        assertThat(text(StaffApplicationView.MESSAGE_ID)).isNotEmpty();

        _get(TextArea.class, spec -> spec.withId(StaffApplicationView.REQUEST_TEXT_ID)).setValue("Приложите доверенность");
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.REQUEST_ID)));
        assertThat(text("app-status")).isEqualTo("Ожидает документов");
        assertThat(text(MessageThread.ID)).contains("Приложите доверенность");
        String number = applications.queries().application(owner, id).summary().number();
        assertThat(text(MessageThread.ID)).contains(number + "/1");
        _assertNone(Button.class, spec -> spec.withId(StaffApplicationView.REQUEST_ID));

        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.REFUSE_ID)));
        assertThat(text("app-status")).isEqualTo("Ожидает документов");
        _get(TextField.class, spec -> spec.withId(StaffApplicationView.REFUSE_REASON_ID)).setValue("Объект вне зоны обслуживания");
        _click(_get(Button.class, spec -> spec.withId(StaffApplicationView.REFUSE_ID)));
        assertThat(text("app-status")).isEqualTo("Отказано");
        assertThat(text("staff-no-actions")).isEqualTo("Сейчас действий нет.");
    }

    @Test
    void supplier_staff_see_the_applications_that_chose_them_and_may_only_write() {
        Viewer owner = viewerOf(applicant("supplied"));
        long id = submitted(owner);
        signIn("supplier", "supply-desk-42");
        UI.getCurrent().navigate("");
        assertThat(title()).isEqualTo("Заявки клиентов");
        assertThat(ids()).contains(id);
        UI.getCurrent().navigate(StaffApplicationView.route(id));
        assertThat(text("app-status")).isEqualTo("Подана");
        assertThat(text(StaffApplicationView.DOCUMENTS_ID)).contains("title.pdf");
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId(StaffApplicationView.EXPORT_ID));
        for (String button : List.of(StaffApplicationView.START_REVIEW_ID, StaffApplicationView.REQUEST_ID, StaffApplicationView.OFFER_ID,
                StaffApplicationView.REFUSE_ID)) {
            _assertNone(Button.class, spec -> spec.withId(button));
        }
        _assertNone(Upload.class, spec -> spec.withId(StaffApplicationView.DOCUMENT_UPLOAD_ID + "-upload"));
        _get(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID)).setValue("Договор энергоснабжения пришлём после присоединения");
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));
        assertThat(text(MessageThread.ID)).contains("Договор энергоснабжения пришлём после присоединения");
        assertThat(recorded.notifications).anySatisfy(n -> {
            assertThat(n.userId()).isEqualTo(owner.userId());
            assertThat(n.body()).contains("Договор энергоснабжения пришлём после присоединения");
        });

        // the grid company's own pages stay closed to the supplier, the staff pages to customers
        assertThatThrownBy(() -> UI.getCurrent().navigate(PaperApplicationView.class)).isInstanceOf(MockAccessDeniedException.class);
        signIn(loginOf(owner), PASSWORD);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ApplicationQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    private String loginOf(Viewer viewer) {
        return context.getBean(io.meterhub.cabinet.users.UserService.class).find(viewer.userId()).orElseThrow().login();
    }

    @SuppressWarnings("unchecked")
    private static List<ApplicationSummary> items() {
        Grid<ApplicationSummary> grid = _get(Grid.class, spec -> spec.withId(ApplicationQueueView.GRID_ID));
        return grid.getListDataView().getItems().toList();
    }

    private static List<Long> ids() {
        return items().stream().map(ApplicationSummary::id).toList();
    }
}
