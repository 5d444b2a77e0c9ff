package io.meterhub.dashboard.accountaccess;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.accountaccess.AccessKind;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Мои лицевые счета" and "Доверенности" over the demo's seed (Karibu-Testing, real services): the seeded delegation is
 * read by both sides, a customer attaches the demo's free accounts of two organizations by their PINs and is told a
 * wrong PIN plainly, delegates one and revokes it, and a delegate cannot choose the delegated account to hand it on.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class AccountAccessViewsTest extends KaribuSpringTest {
    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void the_seeded_delegation_shows_to_the_holder_and_to_the_delegate() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(DelegationsView.class);
        assertThat(text(DelegationsView.HISTORY_ID)).contains("Лицевой счёт 6300123456").contains("Показания").contains("petrova")
                .contains("Действует");
        assertThat(_find(Button.class, spec -> spec.withText("Отозвать"))).hasSize(1);

        newUi();
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(MyAccountsView.class);
        assertThat(text(MyAccountsView.LIST_ID)).contains("Лицевой счёт 6300123456").contains("Показания")
                .contains("Лицевой счёт 6300234567").contains("Владелец");
        UI.getCurrent().navigate(DelegationsView.class);
        assertThat(text(DelegationsView.HISTORY_ID)).contains("6300123456").contains("ivanov").contains("Действует");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_customer_attaches_two_organizations_accounts_delegates_one_and_revokes_it() {
        signIn("sidorov", "petr-shop-42");
        UI.getCurrent().navigate(MyAccountsView.class);
        attach("6300567890", "0000");
        assertThat(text(MyAccountsView.MESSAGE_ID)).contains("Неверный номер лицевого счёта или код из квитанции").contains("Осталось попыток: 4");
        attach("6300567890", "2468");
        assertThat(text(MyAccountsView.MESSAGE_ID)).isEqualTo("Лицевой счёт 6300567890 подключён");
        attach("УД-000103", "1357");
        assertThat(text(MyAccountsView.LIST_ID)).contains("6300345678").contains("6300567890").contains("Волжская сетевая компания")
                .contains("УД-000103").contains("УК Уютный дом");

        UI.getCurrent().navigate(DelegationsView.class);
        Select<Object> account = _get(Select.class, spec -> spec.withId(DelegationsView.ACCOUNT_ID));
        account.setValue(account.getListDataView().getItems().filter(a -> ((io.meterhub.cabinet.accountaccess.MyAccount) a).number().equals("УД-000103")).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId(DelegationsView.WHOM_ID)).setValue("romashka@example.ru");
        _get(Select.class, spec -> spec.withId(DelegationsView.KIND_ID)).setValue(AccessKind.READINGS_AND_PAYMENTS);
        _get(DatePicker.class, spec -> spec.withId(DelegationsView.UNTIL_ID)).clear();
        _click(_get(Button.class, spec -> spec.withId(DelegationsView.GRANT_ID)));
        assertThat(text(DelegationsView.MESSAGE_ID)).isEqualTo("Доверенность выдана");
        assertThat(text(DelegationsView.HISTORY_ID)).contains("УД-000103").contains("Показания и оплата").contains("до отзыва").contains("Действует");

        _click(_find(Button.class, spec -> spec.withText("Отозвать")).get(0));
        assertThat(text(DelegationsView.MESSAGE_ID)).isEqualTo("Доверенность отозвана");
        assertThat(text(DelegationsView.HISTORY_ID)).contains("Отозвана");
    }

    @Test
    void a_delegate_chooses_only_among_the_accounts_they_hold() {
        signIn("petrova", "anna-meter-42");
        UI.getCurrent().navigate(DelegationsView.class);
        Select<?> account = _get(Select.class, spec -> spec.withId(DelegationsView.ACCOUNT_ID));
        assertThat(account.getListDataView().getItems().map(a -> ((io.meterhub.cabinet.accountaccess.MyAccount) a).number()))
                .as("only her own account, not the one delegated to her").containsExactlyInAnyOrder("6300234567", "УД-000102");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_view_only_delegate_sees_the_meters_history_and_no_form_to_hand_in_readings() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(DelegationsView.class);
        Select<Object> account = _get(Select.class, spec -> spec.withId(DelegationsView.ACCOUNT_ID));
        account.setValue(account.getListDataView().getItems().filter(a -> ((io.meterhub.cabinet.accountaccess.MyAccount) a).number().equals("УД-000101"))
                .findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId(DelegationsView.WHOM_ID)).setValue("romashka");
        _get(Select.class, spec -> spec.withId(DelegationsView.KIND_ID)).setValue(AccessKind.VIEW);
        _click(_get(Button.class, spec -> spec.withId(DelegationsView.GRANT_ID)));
        assertThat(text(DelegationsView.MESSAGE_ID)).isEqualTo("Доверенность выдана");

        newUi();
        signIn("romashka", "office-meter-42");
        UI.getCurrent().navigate(io.meterhub.dashboard.readings.ReadingsView.class);
        List<Span> notes = _find(Span.class).stream().filter(c -> c.getId().orElse("").startsWith("reading-view-only-")).toList();
        assertThat(notes).as("ivanov's two water meters").hasSize(2).allSatisfy(note -> assertThat(note.getElement().getText())
                .isEqualTo("Доверенность на этот счёт — только просмотр: показания передаёт владелец счёта"));
        assertThat(_find(Button.class, spec -> spec.withText("Передать")))
                .as("only the office's own meter has the form").hasSize(1);

        // the delegate gives it up, leaving the demo's delegations as seeded for the other tests
        UI.getCurrent().navigate(DelegationsView.class);
        _click(_get(Button.class, spec -> spec.withText("Отозвать")));
        assertThat(text(DelegationsView.MESSAGE_ID)).isEqualTo("Доверенность отозвана");
    }

    private static void attach(String number, String pin) {
        _get(TextField.class, spec -> spec.withId(MyAccountsView.NUMBER_ID)).setValue(number);
        _get(TextField.class, spec -> spec.withId(MyAccountsView.SECRET_ID)).setValue(pin);
        _click(_get(Button.class, spec -> spec.withId(MyAccountsView.ATTACH_ID)));
    }
}
