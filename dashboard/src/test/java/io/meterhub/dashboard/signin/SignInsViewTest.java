package io.meterhub.dashboard.signin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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

    @Test
    @SuppressWarnings("unchecked")
    void a_customer_reads_their_own_sign_ins_and_an_administrator_searches_the_organizations() {
        long ivanov = users.byLogin("ivanov").orElseThrow().id();
        long petrova = users.byLogin("petrova").orElseThrow().id();
        guard.failed(new SignInAttempt("ivanov", "203.0.113.9", CHROME), ivanov);
        guard.succeeded(new SignInAttempt("ivanov", "198.51.100.4", CHROME), ivanov);
        guard.succeeded(new SignInAttempt("petrova", "192.0.2.77", null), petrova);

        signIn("ivanov", "ivanov123");
        UI.getCurrent().navigate(SignInsView.class);
        String mine = text(SignInsView.MINE_ID);
        assertThat(mine).contains("Успешный вход").contains("Неверный пароль").contains("198.51.100.4 · Chrome").contains("203.0.113.9")
                .doesNotContain("192.0.2.77");
        _assertNone(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID));

        newUi();
        signIn("operator", "operator123");
        UI.getCurrent().navigate(SignInsView.class);
        _assertNone(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID));

        newUi();
        signIn("admin", "admin123");
        UI.getCurrent().navigate(SignInsView.class);
        assertThat(text(SignInsView.FOUND_ID)).contains("ivanov · 203.0.113.9").contains("petrova · 192.0.2.77");
        _get(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID)).setValue("203.0.113");
        assertThat(text(SignInsView.FOUND_ID)).contains("ivanov · 203.0.113.9").doesNotContain("petrova");
        _get(TextField.class, spec -> spec.withId(SignInsView.SEARCH_ID)).setValue("");
        _get(Select.class, spec -> spec.withId(SignInsView.OUTCOME_ID)).setValue(SignInOutcome.FAILURE);
        assertThat(text(SignInsView.FOUND_ID)).contains("Неверный пароль").doesNotContain("Успешный вход");
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
