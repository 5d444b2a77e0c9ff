package io.meterhub.dashboard.appeals;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AccountChoice;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.notifications.Notification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appeals' pages over the demo's seed (Karibu-Testing, real services, fresh database): a customer writes an appeal
 * with a photo and reads it with its number and deadline; staff with APPEALS take it, comment, answer and close it, and
 * the customer reads the answer (never the comment) and finds the notices in the inbox; staff without the module and
 * other customers are kept out; English by the switch.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class AppealsViewsTest extends KaribuSpringTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    private AppealsFeature appeals;
    @Autowired
    private UserRepository users;
    @Autowired
    private NotificationService notifications;

    @Test
    void a_customer_writes_an_appeal_with_a_photo_and_reads_its_number_status_and_deadline() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(MyAppealsView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Обращения");
        UI.getCurrent().navigate(NewAppealView.class);
        @SuppressWarnings("unchecked")
        Select<AppealCategory> category = _get(Select.class, spec -> spec.withId(NewAppealView.CATEGORY_ID));
        _get(TextField.class, spec -> spec.withId(NewAppealView.SUBJECT_ID)).setValue("Перерасчёт за октябрь");
        _get(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID)).setValue("Счётчик заменён 5 октября, прошу пересчитать");
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));
        assertThat(category.isInvalid()).as("no category chosen").isTrue();
        assertThat(text(MessageThread.ERROR_ID)).isEqualTo("Выберите, о чём обращение");

        category.setValue(AppealCategory.BILLING);
        _upload(_get(Upload.class, spec -> spec.withId(MessageThread.UPLOAD_ID)), "счётчик.png", "image/png", PNG);
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));

        Appeal appeal = appeals.filing().mine(viewer("ivanov")).get(0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("appeals/" + appeal.id());
        assertThat(text("appeal-" + appeal.id() + "-number")).isEqualTo(appeal.number()).matches("ОБ-\\d{4}-\\d{5}");
        assertThat(text("appeal-" + appeal.id() + "-status")).isEqualTo("Зарегистрировано");
        assertThat(text("appeal-" + appeal.id() + "-deadline")).startsWith("Срок ответа: ");
        assertThat(text(MessageThread.ID)).contains(appeal.number() + "/1").contains("Счётчик заменён").contains("счётчик.png");

        UI.getCurrent().navigate(MyAppealsView.class);
        assertThat(text(MyAppealsView.LIST_ID)).contains(appeal.number()).contains("Перерасчёт за октябрь").contains("Начисления и оплата");
    }

    @Test
    void staff_take_comment_answer_and_close_and_the_customer_reads_the_answer_but_never_the_comment() {
        Viewer ivanov = viewer("ivanov");
        AccountChoice grid = appeals.filing().accounts(ivanov).stream().filter(a -> "6300123456".equals(a.accountNumber())).findFirst()
                .orElseThrow();
        Appeal appeal = appeals.filing().file(ivanov, NewAppeal.about(grid.accountId(), AppealCategory.SUPPLY_QUALITY, "Мигает свет",
                "Вечером мигает свет", List.of()));

        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealQueueView.class);
        assertThat(text(AppealQueueView.LIST_ID)).contains(appeal.number()).contains("Мигает свет");
        assertThat(_get(Anchor.class, spec -> spec.withId(AppealQueueView.EXPORT_ID)).getHref()).isNotBlank();
        UI.getCurrent().navigate(StaffAppealView.route(appeal.id()));
        _assertNone(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID));
        _click(_get(Button.class, spec -> spec.withId(StaffAppealView.TAKE_ID)));
        assertThat(text("appeal-" + appeal.id() + "-status")).isEqualTo("В работе");
        _get(TextArea.class, spec -> spec.withId(StaffAppealView.COMMENT_TEXT_ID)).setValue("Передать в РЭС-2");
        _click(_get(Button.class, spec -> spec.withId(StaffAppealView.COMMENT_ADD_ID)));
        assertThat(text(StaffAppealView.COMMENTS_ID)).contains("Передать в РЭС-2");
        _get(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID)).setValue("Заменён ввод, напряжение в норме");
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));
        assertThat(text("appeal-" + appeal.id() + "-status")).isEqualTo("Дан ответ");
        _click(_get(Button.class, spec -> spec.withId(StaffAppealView.CLOSE_ID)));
        assertThat(text("appeal-" + appeal.id() + "-status")).isEqualTo("Закрыто");

        newUi();
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(AppealView.route(appeal.id()));
        assertThat(text(MessageThread.ID)).contains("Заменён ввод, напряжение в норме").doesNotContain("РЭС-2");
        _assertNone(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID));
        _assertOne(Button.class, spec -> spec.withId(AppealView.REOPEN_ID));
        assertThat(text("appeal-history")).contains("Зарегистрировано").contains("В работе").contains("Дан ответ").contains("Закрыто");
        // the demo's planned outage told ivanov too; the appeal's notices are these
        assertThat(notifications.inbox(ivanov, 20)).extracting(Notification::subject).filteredOn(s -> s.startsWith("Обращение")).containsExactly(
                "Обращение " + appeal.number() + ": Закрыто", "Обращение " + appeal.number() + ": дан ответ",
                "Обращение " + appeal.number() + ": В работе", "Обращение " + appeal.number() + ": Зарегистрировано");
    }

    @Test
    void staff_without_the_module_and_other_customers_are_kept_out() {
        Viewer ivanov = viewer("ivanov");
        Appeal appeal = appeals.filing().file(ivanov, NewAppeal.about(appeals.filing().accounts(ivanov).get(0).accountId(), AppealCategory.OTHER,
                "Вопрос", "Текст", List.of()));
        signIn("uk-operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealQueueView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId(AppealQueueView.LIST_ID));
        UI.getCurrent().navigate(StaffAppealView.route(appeal.id()));
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));

        newUi();
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(AppealView.route(appeal.id()));
        assertThat(text(CustomerPage.NOT_FOUND_ID)).isEqualTo("Обращение не найдено");
        _assertNone(Component.class, spec -> spec.withId(MessageThread.ID));
        // the staff's pages are not a customer's, whatever address is typed
        assertThatThrownBy(() -> UI.getCurrent().navigate(AppealQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(StaffAppealView.route(appeal.id()))).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_administrator_changes_a_term_and_an_operator_sees_no_terms() {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(AppealQueueView.class);
        IntegerField billing = _get(IntegerField.class, spec -> spec.withId(AppealTermsPanel.ID + "-BILLING"));
        assertThat(billing.getValue()).isEqualTo(10);
        billing.setValue(0);
        _click(_get(Button.class, spec -> spec.withId(AppealTermsPanel.SAVE_ID)));
        assertThat(text(AppealTermsPanel.MESSAGE_ID)).isEqualTo("Срок: от 1 до 60 рабочих дней");
        billing.setValue(12);
        _click(_get(Button.class, spec -> spec.withId(AppealTermsPanel.SAVE_ID)));
        assertThat(text(AppealTermsPanel.MESSAGE_ID)).startsWith("Сохранено");
        assertThat(appeals.terms().workingDays(DemoSeedBeans.GRID)).containsEntry(AppealCategory.BILLING, 12);

        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealQueueView.class);
        _assertNone(Component.class, spec -> spec.withId(AppealTermsPanel.ID));
    }

    @Test
    void the_pages_read_in_english_by_the_switch() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(MyAppealsView.class);
        assertThat(_get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText()).isEqualTo("Appeals");
        assertThat(text(MyAppealsView.NEW_ID)).isEqualTo("Write an appeal");
    }

    private Viewer viewer(String login) {
        return Viewer.customer(users.byLogin(login).orElseThrow().id());
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
