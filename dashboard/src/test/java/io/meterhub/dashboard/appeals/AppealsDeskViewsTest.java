package io.meterhub.dashboard.appeals;

import io.meterhub.dashboard.ratings.RatingBlock;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AccountChoice;
import io.meterhub.cabinet.appeals.AnswerTemplate;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.users.UserRow;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.ModulePage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appeals' desk tools on their pages over the demo's seed (Karibu-Testing, real services, fresh database): staff write
 * a template and answer with it, the customer rates the answer once, the report shows the rating and the month's
 * outcome as charts; one without an account writes to the grid company about a connection; staff without the module
 * and customers are kept out of the report and the templates.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class AppealsDeskViewsTest extends KaribuSpringTest {
    @Autowired
    private AppealsFeature appeals;
    @Autowired
    private UserRepository users;

    @Test
    @SuppressWarnings("unchecked")
    void staff_answer_with_a_template_the_customer_rates_it_once_and_the_report_shows_it() {
        Viewer ivanov = customer("ivanov");
        AccountChoice grid = appeals.filing().accounts(ivanov).stream().filter(a -> "6300123456".equals(a.accountNumber())).findFirst()
                .orElseThrow();
        Appeal appeal = appeals.filing().file(ivanov, NewAppeal.about(grid.accountId(), AppealCategory.SUPPLY_QUALITY, "Низкое напряжение",
                "По вечерам 190 В", List.of()));

        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealQueueView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId(AppealQueueView.EXPORT_XLSX_ID)).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId(AppealQueueView.TEMPLATES_LINK_ID)).getHref()).isEqualTo(AnswerTemplatesView.ROUTE);
        UI.getCurrent().navigate(AnswerTemplatesView.class);
        assertThat(text(AnswerTemplatesView.LIST_ID)).isEqualTo("Шаблонов пока нет.");
        _click(_get(Button.class, spec -> spec.withId(AnswerTemplatesView.SAVE_ID)));
        assertThat(text(AnswerTemplatesView.MESSAGE_ID)).isEqualTo("Укажите название шаблона: от 1 до 100 знаков");
        _get(TextField.class, spec -> spec.withId(AnswerTemplatesView.TITLE_ID)).setValue("Напряжение восстановлено");
        _get(TextArea.class, spec -> spec.withId(AnswerTemplatesView.BODY_ID)).setValue("Напряжение восстановлено: заменён ввод.");
        _click(_get(Button.class, spec -> spec.withId(AnswerTemplatesView.SAVE_ID)));
        assertThat(text(AnswerTemplatesView.MESSAGE_ID)).isEqualTo("Шаблон сохранён.");
        assertThat(text(AnswerTemplatesView.LIST_ID)).contains("Напряжение восстановлено").contains("Любая категория");

        UI.getCurrent().navigate(StaffAppealView.route(appeal.id()));
        _assertNone(Select.class, spec -> spec.withId(StaffAppealView.TEMPLATE_ID));
        _click(_get(Button.class, spec -> spec.withId(StaffAppealView.TAKE_ID)));
        Select<AnswerTemplate> template = _get(Select.class, spec -> spec.withId(StaffAppealView.TEMPLATE_ID));
        template.setValue(template.getListDataView().getItems().findFirst().orElseThrow());
        TextArea answer = _get(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID));
        assertThat(answer.getValue()).isEqualTo("Напряжение восстановлено: заменён ввод.");
        answer.setValue(answer.getValue() + " Приносим извинения.");
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));
        assertThat(text("appeal-" + appeal.id() + "-status")).isEqualTo("Дан ответ");

        newUi();
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(AppealView.route(appeal.id()));
        assertThat(text(MessageThread.ID)).contains("заменён ввод. Приносим извинения.");
        _click(_get(Button.class, spec -> spec.withId(RatingBlock.SEND_ID)));
        assertThat(text(RatingBlock.ID)).contains("Выберите оценку от 1 до 5");
        _get(RadioButtonGroup.class, spec -> spec.withId(RatingBlock.SCORE_ID)).setValue(4);
        _get(TextArea.class, spec -> spec.withId(RatingBlock.COMMENT_ID)).setValue("Быстро, но свет мигал два дня");
        _click(_get(Button.class, spec -> spec.withId(RatingBlock.SEND_ID)));
        assertThat(text(RatingBlock.GIVEN_ID)).isEqualTo("Оценка: 4 из 5");
        UI.getCurrent().navigate(AppealView.route(appeal.id()));
        _assertNone(Button.class, spec -> spec.withId(RatingBlock.SEND_ID));
        assertThat(text(RatingBlock.ID)).contains("Оценка: 4 из 5").contains("Быстро, но свет мигал два дня");

        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealReportView.class);
        assertThat(text(AppealReportView.SUMMARY_ID)).contains("Средняя оценка: 4,00 (оценок: 1)");
        String operatorName = users.byLogin("operator").map(UserRow::displayName).orElseThrow();
        String employees = _get(EChart.class, spec -> spec.withId(AppealReportView.RATING_EMPLOYEES_ID)).getOption().toString();
        assertThat(employees).contains(operatorName).contains("\"formatter\":\"4,00\"");
        String outcomes = _get(EChart.class, spec -> spec.withId(AppealReportView.OUTCOMES_ID)).getOption().toString();
        assertThat(outcomes).contains("Ответ в срок").contains("Просрочено").contains("Ждёт ответа в срок");
        assertThat(_get(EChart.class, spec -> spec.withId(AppealReportView.CATEGORIES_ID)).getOption().toString()).contains("Качество услуг");
    }

    @Test
    @SuppressWarnings("unchecked")
    void one_writes_to_the_grid_company_without_an_account_only_about_a_connection() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(NewAppealView.class);
        Select<AccountChoice> account = _get(Select.class, spec -> spec.withId(NewAppealView.ACCOUNT_ID));
        Select<AppealCategory> category = _get(Select.class, spec -> spec.withId(NewAppealView.CATEGORY_ID));
        AccountChoice withoutAccount = account.getListDataView().getItems().filter(AccountChoice::withoutAccount).findFirst().orElseThrow();
        assertThat(account.getItemLabelGenerator().apply(withoutAccount)).startsWith("Без лицевого счёта · ").endsWith("(о присоединении)");
        account.setValue(withoutAccount);
        assertThat(category.getValue()).isEqualTo(AppealCategory.CONNECTION);
        assertThat(category.isReadOnly()).isTrue();
        _get(TextField.class, spec -> spec.withId(NewAppealView.SUBJECT_ID)).setValue("Подключение гаража");
        _get(TextArea.class, spec -> spec.withId(MessageThread.TEXT_ID)).setValue("Какие документы нужны для гаража 10 кВт?");
        _click(_get(Button.class, spec -> spec.withId(MessageThread.SEND_ID)));
        Appeal appeal = appeals.filing().mine(customer("ivanov")).get(0);
        assertThat(appeal.accountId()).isNull();
        assertThat(appeal.organizationId()).isEqualTo(withoutAccount.organizationId());
        assertThat(text("appeal-details")).contains("нет (о присоединении)");
    }

    @Test
    void staff_without_the_module_and_customers_are_kept_out_of_the_report_and_templates() {
        signIn("uk-operator", "grid-duty-42");
        UI.getCurrent().navigate(AppealReportView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(EChart.class, spec -> spec.withId(AppealReportView.OUTCOMES_ID));
        UI.getCurrent().navigate(AnswerTemplatesView.class);
        _assertOne(Component.class, spec -> spec.withId(ModulePage.NO_MODULE_ID));
        _assertNone(Component.class, spec -> spec.withId(AnswerTemplatesView.LIST_ID));

        newUi();
        signIn("petrova", "anna-meter-42");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AppealReportView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(AnswerTemplatesView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    private Viewer customer(String login) {
        return Viewer.customer(users.byLogin(login).orElseThrow().id());
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
