package io.meterhub.dashboard.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.security.EndedSessionFilter;
import java.time.Instant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.signin.SignInOutcome;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Where you signed in" over the demo's seed (Karibu-Testing, real services): a customer reads their own attempts with
 * the browser's family and never another's; an administrator searches the organization's, an operator cannot.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class SignInsViewTest extends KaribuSpringTest {
    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    @Autowired
    private SignInGuard guard;
    @Autowired
    private UserRepository users;
    @Autowired
    private UserService userService;
    @Autowired
    private Logins logins;

    @Test
    @SuppressWarnings("unchecked")
    void a_customer_reads_their_own_sign_ins_and_an_administrator_searches_the_organizations() {
        long ivanov = users.byLogin("ivanov").orElseThrow().id();
        long petrova = users.byLogin("petrova").orElseThrow().id();
        guard.failed(new SignInAttempt("ivanov", "203.0.113.9", CHROME), ivanov);
        guard.succeeded(new SignInAttempt("ivanov", "198.51.100.4", CHROME), ivanov);
        guard.succeeded(new SignInAttempt("petrova", "192.0.2.77", null), petrova);

        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(SignInsView.class);
        String mine = text(SignInsView.MINE_ID);
        assertThat(mine).contains("Успешный вход").contains("Неверный пароль").contains("198.51.100.4 · Chrome").contains("203.0.113.9")
                .doesNotContain("192.0.2.77");
        _assertNone(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID));

        newUi();
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(SignInsView.class);
        _assertNone(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID));

        newUi();
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(SignInsView.class);
        assertThat(text(SignInsView.FOUND_ID)).contains("ivanov · 203.0.113.9").contains("petrova · 192.0.2.77");
        _get(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID)).setValue("203.0.113");
        assertThat(text(SignInsView.FOUND_ID)).contains("ivanov · 203.0.113.9").doesNotContain("petrova");
        _get(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID)).setValue("");
        _get(Select.class, spec -> spec.withId(SignInsView.OUTCOME_ID)).setValue(SignInOutcome.FAILURE);
        assertThat(text(SignInsView.FOUND_ID)).contains("Неверный пароль").doesNotContain("Успешный вход");
    }

    @Test
    void a_user_changes_the_password_the_other_sessions_end_and_this_one_goes_on() {
        long sidorov = users.byLogin("sidorov").orElseThrow().id();
        Instant before = Instant.now().minusSeconds(1);
        signIn("sidorov", "petr-shop-42");
        UI.getCurrent().navigate(SignInsView.class);
        _get(PasswordField.class, spec -> spec.withId(SignInsView.CURRENT_ID)).setValue("wrong-one");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.NEW_ID)).setValue("Новый-пароль-2026");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.AGAIN_ID)).setValue("Новый-пароль-2026");
        _click(_get(Button.class, spec -> spec.withId(SignInsView.CHANGE_ID)));
        assertThat(text(SignInsView.PASSWORD_MESSAGE_ID)).isEqualTo("Текущий пароль указан неверно");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.CURRENT_ID)).setValue("petr-shop-42");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.NEW_ID)).setValue("qwerty12345");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.AGAIN_ID)).setValue("qwerty12345");
        _click(_get(Button.class, spec -> spec.withId(SignInsView.CHANGE_ID)));
        assertThat(text(SignInsView.PASSWORD_MESSAGE_ID)).startsWith("Этот пароль слишком распространён");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.NEW_ID)).setValue("Новый-пароль-2026");
        _get(PasswordField.class, spec -> spec.withId(SignInsView.AGAIN_ID)).setValue("Новый-пароль-2026");
        _click(_get(Button.class, spec -> spec.withId(SignInsView.CHANGE_ID)));
        assertThat(text(SignInsView.PASSWORD_MESSAGE_ID)).isEqualTo("Пароль изменён. Остальные сеансы под вашим логином завершены.");
        assertThat(userService.authenticate("sidorov", "Новый-пароль-2026")).isPresent();
        assertThat(userService.authenticate("sidorov", "petr-shop-42")).isEmpty();
        assertThat(logins.sessionValid(sidorov, before)).as("a session begun before the change").isFalse();
        Instant mine = (Instant) VaadinSession.getCurrent().getSession().getAttribute(EndedSessionFilter.LOGGED_IN_AT);
        assertThat(logins.sessionValid(sidorov, mine)).as("the session the change was made in").isTrue();
    }

    @Test
    void the_browsers_family_is_named_and_an_unknown_one_is_cut() {
        assertThat(SignInsView.browser(CHROME)).isEqualTo("Chrome");
        assertThat(SignInsView.browser("Mozilla/5.0 (Windows NT 10.0) Gecko/20100101 Firefox/133.0")).isEqualTo("Firefox");
        assertThat(SignInsView.browser("Mozilla/5.0 Chrome/131.0 YaBrowser/24.10.0 Safari/537.36")).isEqualTo("Яндекс Браузер");
        assertThat(SignInsView.browser("x".repeat(100))).hasSize(41);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
