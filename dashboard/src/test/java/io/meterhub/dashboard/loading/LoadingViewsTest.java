package io.meterhub.dashboard.loading;

import io.meterhub.dashboard.DemoSeedBeans;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.loading.LoadStatus;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data loading page over the demo's seed (Karibu-Testing, real Spring context, fresh database): the
 * administrator uploads a file with a bad row, reads the error, applies the valid rows and finds the
 * load in the history; an operator without the module sees neither the menu entry nor the page.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class LoadingViewsTest extends KaribuSpringTest {
    static final String GRID = DemoSeedBeans.GRID;


    @Autowired
    private DataLoadService service;
    @Autowired
    private DataSource dataSource;

    private Viewer admin() {
        long id = Jdbc.one(dataSource, "SELECT id FROM app_user WHERE login = 'admin'", r -> r.getLong(1)).orElseThrow();
        return new Viewer(id, Role.ADMIN, GRID);
    }

    private DataLoad settled(long id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            DataLoad load = service.load(admin(), id);
            if (!load.status().running()) {
                return load;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the load did not finish");
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void the_administrator_uploads_reads_the_bad_row_applies_the_valid_ones_and_finds_the_load_in_the_history() throws Exception {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(LoadingView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Загрузка данных");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Загрузка данных");
        assertThat(_get(Anchor.class, spec -> spec.withId("loading-template-xlsx")).getText()).isEqualTo("Шаблон XLSX");
        assertThat(_get(Anchor.class, spec -> spec.withId("loading-template-csv")).getHref()).isNotBlank();
        _get(Upload.class, spec -> spec.withId(LoadingView.UPLOAD_ID));
        // the demo's own data came through this page's loads: accounts, meters, readings and payments, by the operator
        @SuppressWarnings("unchecked")
        Grid<DataLoad> demoLoads = _get(Grid.class, spec -> spec.withId(LoadHistory.ID));
        List<DataLoad> before = demoLoads.getGenericDataView().getItems().toList();
        assertThat(before).extracting(DataLoad::kind).containsExactly(LoadKind.PAYMENTS, LoadKind.READINGS, LoadKind.METERS, LoadKind.ACCOUNTS);
        assertThat(before).extracting(DataLoad::status).containsOnly(LoadStatus.APPLIED);

        String file = "Лицевой счёт;ФИО / наименование;Вид потребителя;Адрес\n"
                + "LOAD-1;Новиков Пётр;ФЛ;г. Самара, ул. Новая, 1\n"
                + "LOAD-2;Новикова Анна;ФЛ;\n";
        LoadingView view = _get(LoadingView.class);
        view.uploaded(admin(), "новые.csv", file.getBytes(StandardCharsets.UTF_8));
        long id = service.history(admin(), 1).get(0).id();
        settled(id);
        view.refresh();

        // "accepted, checking" went once the check was done: the preview says the rest
        assertThat(text(LoadingView.MESSAGE_ID)).isEmpty();
        assertThat(_get(H3.class, spec -> spec.withText("Загрузка: новые.csv")).isVisible()).isTrue();
        assertThat(text("load-status")).startsWith("Абоненты (лицевые счета) · Проверен, ждёт применения · admin, ");
        // in the organization's local time (Samara, UTC+4), not the server's or Moscow's
        assertThat(text("load-status")).endsWith(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(service.load(admin(), id).uploadedAt().atZone(java.time.ZoneId.of("Europe/Samara"))));
        assertThat(text("load-counts")).isEqualTo("Строк: 2, верных: 1, с ошибками: 1; новых: 1, обновляемых: 0");
        @SuppressWarnings("unchecked")
        Grid<io.meterhub.cabinet.loading.LoadProblem> problems = _get(Grid.class, spec -> spec.withId("load-problems"));
        assertThat(problems.getGenericDataView().getItems().map(p -> p.message(java.util.Locale.forLanguageTag("ru"))).toList())
                .containsExactly("строка 3, «Адрес»: пусто — обязательное поле");
        assertThat(_get(Anchor.class, spec -> spec.withId("load-error-file")).isVisible()).isTrue();

        Button apply = _get(Button.class, spec -> spec.withId(LoadPreview.APPLY_ID));
        assertThat(apply.getText()).isEqualTo("Применить верные строки (1)");
        _click(apply);
        assertThat(settled(id).status()).isEqualTo(LoadStatus.APPLIED);
        view.refresh();
        assertThat(text("load-counts")).endsWith("Записано строк: 1");
        _assertNone(Button.class, spec -> spec.withId(LoadPreview.APPLY_ID));
        @SuppressWarnings("unchecked")
        Grid<DataLoad> history = _get(Grid.class, spec -> spec.withId(LoadHistory.ID));
        assertThat(history.getGenericDataView().getItems().map(DataLoad::id).toList()).hasSize(before.size() + 1).first().isEqualTo(id);
        assertThat(Jdbc.one(dataSource, "SELECT count(*) FROM account WHERE organization_id = ? AND number = 'LOAD-1'", r -> r.getInt(1), GRID)
                .orElseThrow()).isEqualTo(1);

        // the same file again, renamed: recognised, and apply is not offered
        view.uploaded(admin(), "копия.csv", file.getBytes(StandardCharsets.UTF_8));
        settled(service.history(admin(), 1).get(0).id());
        view.refresh();
        assertThat(text("load-already")).startsWith("Этот файл уже загружен ").contains("пользователем admin");
        assertThat(_get(Button.class, spec -> spec.withId(LoadPreview.APPLY_ID)).isEnabled()).isFalse();

        // Выгрузка: the registry, made on request and offered for download
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<io.meterhub.cabinet.loading.ExportKind> exportKind =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("export-kind"));
        exportKind.setValue(io.meterhub.cabinet.loading.ExportKind.REGISTRY);
        _click(_get(Button.class, spec -> spec.withId("export-xlsx")));
        assertThat(_get(Anchor.class, spec -> spec.withId(ExportCard.FILE_ID)).getText()).isEqualTo("Скачать выгрузка-реестр.xlsx");
    }

    @Test
    void an_operator_without_the_data_loading_module_sees_no_menu_entry_and_not_the_page() {
        Jdbc.update(dataSource, "DELETE FROM staff_grant WHERE module = 'DATA_LOADING' "
                + "AND user_id = (SELECT id FROM app_user WHERE login = 'uk-operator')");
        signIn("uk-operator", "grid-duty-42");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Загрузка данных");
        UI.getCurrent().navigate(LoadingView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId(ModulePage.NO_MODULE_ID)).getText()).isNotBlank();
        _assertNone(Upload.class);
        _assertNone(Grid.class);
    }
}
