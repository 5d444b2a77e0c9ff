package io.meterhub.dashboard.apikeys;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.apikeys.ApiKey;
import io.meterhub.cabinet.apikeys.ApiKeyAdministration;
import io.meterhub.cabinet.apikeys.ApiKeys;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.cabinet.staff.NewStaff;
import io.meterhub.cabinet.staff.StaffService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.audit.AuditView;
import io.meterhub.storage.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The control panel's API keys as the organization's administrator uses them (Karibu-Testing, real
 * Spring context, fresh database): a key is shown once and then opens the API with its scopes; a
 * revoked key is refused at once; both are in the audit log; an operator, even one holding the staff
 * module, neither sees the page nor makes a key.
 */
@SpringBootTest(classes = {DashboardApplication.class, ApiKeysViewTest.Organization.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class ApiKeysViewTest extends KaribuSpringTest {
    static final String ORG = "AK_GRID";
    static final String OTHER = "AK_OTHER";
    static long adminId;

    @Autowired
    ApiKeys apiKeys;
    @Autowired
    ApiKeyAdministration administration;
    @Autowired
    StaffService staff;

    /** Not a @Configuration: component scanning must never pick it up. */
    static class Organization {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            adminId = TestUsers.insertUser(database.dataSource(), "ak-admin", "ak-admin-secret", Role.ADMIN, "Администратор", "ru");
            TestUsers.staffOf(database.dataSource(), adminId, ORG);
            long otherAdmin = TestUsers.insertUser(database.dataSource(), "ak-other", "ak-other-secret", Role.ADMIN, "Другой", "ru");
            TestUsers.staffOf(database.dataSource(), otherAdmin, OTHER);
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }
    }

    @Test
    void a_created_key_is_shown_once_and_opens_the_api_with_its_scopes() {
        signIn("ak-admin", "ak-admin-secret");
        UI.getCurrent().navigate(ApiKeysView.class);
        assertThat(menu()).contains("nav-admin-api-keys");
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId(ApiKeysView.NAME_ID)).setValue("Обмен с 1С");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Scope> scopes = _get(CheckboxGroup.class, spec -> spec.withId(ApiKeysView.SCOPES_ID));
        assertThat(scopes.getItemLabelGenerator().apply(Scope.REGISTRY_WRITE))
                .isEqualTo("Реестр: регистрировать и изменять приборы учёта, контроллеры и лицевые счета (registry:write)");
        scopes.setValue(Set.of(Scope.TELEMETRY_WRITE, Scope.REGISTRY_WRITE));
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CONFIRM_ID)));

        String secret = _get(TextArea.class, spec -> spec.withId(KeyShownOnceDialog.SECRET_ID)).getValue();
        assertThat(secret).matches("mhk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
        assertThat(_get(Component.class, spec -> spec.withId("api-key-once")).getElement().getText()).startsWith("Скопируйте ключ сейчас");
        ApiKey key = apiKeys.authenticate(secret).orElseThrow();
        assertThat(key.organizationId()).isEqualTo(ORG);
        assertThat(key.scopes()).containsExactlyInAnyOrder(Scope.TELEMETRY_WRITE, Scope.REGISTRY_WRITE);
        assertThat(key.createdBy()).isEqualTo("ak-admin");

        _click(_get(Button.class, spec -> spec.withId(KeyShownOnceDialog.DONE_ID)));
        // once: after the dialog, the page holds the key's id only, never its secret
        assertThat(_find(TextArea.class, spec -> spec.withId(KeyShownOnceDialog.SECRET_ID))).isEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(secret.substring(18));
        String card = "api-key-" + key.id();
        assertThat(_get(Span.class, spec -> spec.withId(card + "-scopes")).getText()).isEqualTo("registry:write, telemetry:write");
        assertThat(_get(Span.class, spec -> spec.withId(card + "-created")).getText()).endsWith(", ak-admin");
        // drawn when the key was made, before its first use
        assertThat(_get(Span.class, spec -> spec.withId(card + "-last-used")).getText()).isEqualTo("не использовался");
        assertThat(_get(Span.class, spec -> spec.withId(card + "-state")).getText()).isEqualTo("Действует");

        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("api_key.create");
        Div log = _get(Div.class, spec -> spec.withId(AuditView.LIST_ID));
        assertThat(log.getChildren().count()).isEqualTo(1);
        assertThat(log.getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .contains("ak-admin").contains("Создан ключ API · ключ API " + key.id()).doesNotContain(secret.substring(18));

        UI.getCurrent().navigate(ApiKeysView.class);
        assertThat(_get(Span.class, spec -> spec.withId(card + "-last-used")).getText()).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d");
    }

    @Test
    void a_key_granted_the_sub_organizations_acts_for_them_and_says_so_on_its_card() {
        signIn("ak-admin", "ak-admin-secret");
        UI.getCurrent().navigate(ApiKeysView.class);
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CREATE_ID)));
        _get(TextField.class, spec -> spec.withId(ApiKeysView.NAME_ID)).setValue("1С, все филиалы");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Scope> scopes = _get(CheckboxGroup.class, spec -> spec.withId(ApiKeysView.SCOPES_ID));
        scopes.setValue(Set.of(Scope.BILLING_WRITE));
        Checkbox grant = _get(Checkbox.class, spec -> spec.withId(ApiKeysView.SUB_ORGANIZATIONS_ID));
        assertThat(grant.getLabel()).isEqualTo("Также для подчинённых организаций");
        grant.setValue(true);
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CONFIRM_ID)));

        ApiKey key = apiKeys.authenticate(_get(TextArea.class, spec -> spec.withId(KeyShownOnceDialog.SECRET_ID)).getValue()).orElseThrow();
        assertThat(key.includeSubOrganizations()).isTrue();
        _click(_get(Button.class, spec -> spec.withId(KeyShownOnceDialog.DONE_ID)));
        assertThat(_get(Span.class, spec -> spec.withId("api-key-" + key.id() + "-scopes")).getText())
                .isEqualTo("billing:write; также для подчинённых организаций");
    }

    @Test
    void a_revoked_key_is_refused_by_the_api_keys_at_once() {
        signIn("ak-admin", "ak-admin-secret");
        Viewer admin = new Viewer(adminId, Role.ADMIN, ORG);
        String secret = administration.create(admin, "АИИС КУЭ", Set.of(Scope.TELEMETRY_WRITE)).secret();
        ApiKey key = apiKeys.authenticate(secret).orElseThrow();
        UI.getCurrent().navigate(ApiKeysView.class);
        String card = "api-key-" + key.id();
        _click(_get(Button.class, spec -> spec.withId(card + "-revoke")));
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.REVOKE_CONFIRM_ID)));

        assertThat(apiKeys.authenticate(secret)).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId(card + "-state")).getText()).startsWith("Отозван ");
        assertThat(_find(Button.class, spec -> spec.withId(card + "-revoke"))).isEmpty();
        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, spec -> spec.withId(AuditView.SEARCH_ID)).setValue("api_key.revoke");
        assertThat(_get(Div.class, spec -> spec.withId(AuditView.LIST_ID)).getChildren().count()).isEqualTo(1);
    }

    @Test
    void a_key_needs_a_scope_and_another_organizations_key_cannot_be_revoked() {
        signIn("ak-admin", "ak-admin-secret");
        UI.getCurrent().navigate(ApiKeysView.class);
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CREATE_ID)));
        _click(_get(Button.class, spec -> spec.withId(ApiKeysView.CONFIRM_ID)));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Scope> scopes = _get(CheckboxGroup.class, spec -> spec.withId(ApiKeysView.SCOPES_ID));
        assertThat(scopes.isInvalid()).isTrue();
        assertThat(scopes.getErrorMessage()).isEqualTo("Выберите хотя бы одно право ключа");

        String others = administration.createBySystem("cli", OTHER, "чужой", Set.of(Scope.EXPORTS_READ)).secret();
        String othersId = apiKeys.authenticate(others).orElseThrow().id();
        assertThat(administration.revoke(new Viewer(adminId, Role.ADMIN, ORG), othersId)).isFalse();
        assertThat(apiKeys.authenticate(others)).isPresent();
        assertThat(administration.keysOf(new Viewer(adminId, Role.ADMIN, ORG))).extracting(ApiKey::id).doesNotContain(othersId);
    }

    @Test
    void an_operator_even_with_the_staff_module_neither_sees_the_page_nor_makes_a_key() {
        var operator = staff.create(new Viewer(adminId, Role.ADMIN, ORG),
                new NewStaff("ak-operator", "Оператор", "operator@ak.example", "Klyuch-2026-op", Set.of(StaffModule.STAFF)));
        newUi();
        signIn("ak-operator", "Klyuch-2026-op");
        UI.getCurrent().navigate("");
        assertThat(menu()).contains("nav-admin-staff").doesNotContain("nav-admin-api-keys");
        assertThatThrownBy(() -> administration.create(new Viewer(operator.id(), Role.OPERATOR, ORG), "x", Set.of(Scope.EXPORTS_READ)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only the organization's administrator may do this");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(i -> i.getId().orElse("")).toList();
    }
}
