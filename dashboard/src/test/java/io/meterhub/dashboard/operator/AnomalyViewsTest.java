package io.meterhub.dashboard.operator;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.anomalies.Anomaly;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.AnomalyStatus;
import io.meterhub.cabinet.anomalies.Resolution;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.anomalies.AnomaliesView;
import io.meterhub.dashboard.anomalies.AnomalyDetailView;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.Jdbc;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The anomaly queue and detail over the demo's seed plus anomalies inserted as the pipeline would
 * (Karibu-Testing, real Spring context, fresh database): the operator's organization only, filters,
 * resolve with a resolution chosen in the dialog, the action in the history, bulk acknowledge, the
 * English switch, and customers kept out.
 */
@SpringBootTest(classes = {DashboardApplication.class, AnomalyViewsTest.SeededDatabase.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class AnomalyViewsTest extends KaribuSpringTest {
    static final String GRID = "VOLGA_GRID";

    /** Not a @Configuration: component scanning must never pick it up. */
    static class SeededDatabase {
        @Bean(destroyMethod = "close")
        Database database() {
            Database database = TestUsers.freshDatabase();
            DataSource dataSource = database.dataSource();
            new CabinetSeeder(dataSource, Clock.systemUTC()).seed(GRID, List.of());
            anomaly(dataSource, GRID, "SM-TAMPER", "TAMPER_EVENT", "HIGH", 5, "{\"event\": \"COVER_OPEN\", \"count\": 2}");
            anomaly(dataSource, GRID, "SM-SPIKE", "CONSUMPTION_SPIKE", "MEDIUM", 30, "{\"kwh\": 14.2, \"baseline\": 1.3}");
            anomaly(dataSource, GRID, "SM-GAP", "DATA_GAP", "LOW", 80, "{\"silent_hours\": 49}");
            anomaly(dataSource, CabinetSeeder.HOUSING, "SM-HOUSING", "DATA_GAP", "HIGH", 2, "{}");
            return database;
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }

        private static void anomaly(DataSource dataSource, String organization, String meter, String kind, String severity, int hoursAgo,
                                    String evidence) {
            Jdbc.insert(dataSource, """
                    INSERT INTO anomaly (meter_id, organization_id, kind, started_at, severity, score, evidence)
                    VALUES (?, ?, ?, now() - make_interval(hours => ?), ?, 4.2, ?::jsonb) RETURNING id""",
                    meter, organization, kind, hoursAgo, severity, evidence);
        }
    }

    @Autowired
    private UserService userService;
    @Autowired
    private AnomalyReviewService anomalies;

    @Test
    void operator_filters_by_kind_resolves_one_with_a_resolution_and_sees_it_in_the_history() {
        login("operator");
        UI.getCurrent().navigate(AnomaliesView.class);
        assertThat(title()).isEqualTo("Аномалии");
        assertThat(meters()).containsExactly("SM-TAMPER", "SM-SPIKE", "SM-GAP");
        assertThat(text(AnomaliesView.TOTAL_ID)).isEqualTo("Найдено: 3");
        assertThat(text(AnomaliesView.STATUS_COUNTS_ID)).isEqualTo("По статусам: Открыта 3");
        assertThat(text(AnomaliesView.KIND_COUNTS_ID)).contains("Вмешательство в прибор 1").contains("Пропуск данных 1");
        // every filter's empty choice reads "Любой" (the age filter once showed "!operator.anomalies.age.null", the others "—")
        for (String id : List.of(AnomaliesView.KIND_ID, AnomaliesView.SEVERITY_ID, AnomaliesView.STATUS_ID, AnomaliesView.AGE_ID)) {
            @SuppressWarnings("unchecked")
            Select<Object> filter = _get(Select.class, spec -> spec.withId(id));
            assertThat(filter.getItemLabelGenerator().apply(null)).as(id).isEqualTo("Любой");
        }

        // filter by kind: the tamper event only; the counts per kind still show the others
        kind().setValue(AnomalyKind.TAMPER_EVENT);
        assertThat(meters()).containsExactly("SM-TAMPER");
        assertThat(text(AnomaliesView.TOTAL_ID)).isEqualTo("Найдено: 1");
        assertThat(text(AnomaliesView.KIND_COUNTS_ID)).contains("Пропуск данных 1");

        // resolve it from its row: a resolution is required
        Anomaly tamper = grid().getListDataView().getItems().findFirst().orElseThrow();
        Component actions = _getCellComponent(grid(), 0, AnomaliesView.ACTIONS_COLUMN);
        Button resolve = (Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("anomaly-resolve-" + tamper.id()))
                .findFirst().orElseThrow();
        _click(resolve);
        _click(_get(Button.class, spec -> spec.withId("anomaly-resolve-confirm")));
        @SuppressWarnings("unchecked")
        Select<Resolution> resolution = _get(Select.class, spec -> spec.withId("anomaly-resolution"));
        assertThat(resolution.isInvalid()).isTrue();
        assertThat(resolution.getErrorMessage()).isEqualTo("Выберите решение");
        resolution.setValue(Resolution.CONFIRMED_THEFT);
        _click(_get(Button.class, spec -> spec.withId("anomaly-resolve-confirm")));
        _assertNone(Select.class, spec -> spec.withId("anomaly-resolution"));
        assertThat(grid().getListDataView().getItems().findFirst().orElseThrow().status()).isEqualTo(AnomalyStatus.RESOLVED);
        assertThat(anomalies.detail(viewer("operator"), tamper.id()).anomaly().resolution()).isEqualTo(Resolution.CONFIRMED_THEFT);

        // its detail: the evidence and the action in the history, with who
        UI.getCurrent().navigate("anomalies/" + tamper.id());
        assertThat(title()).isEqualTo("Аномалия");
        assertThat(text(AnomalyDetailView.FIELD_ID_PREFIX + "status")).isEqualTo("Решена");
        assertThat(text(AnomalyDetailView.FIELD_ID_PREFIX + "resolution")).isEqualTo("Подтверждённое хищение");
        String evidence = _get(Div.class, spec -> spec.withId(AnomalyDetailView.EVIDENCE_ID)).getElement().getTextRecursively();
        assertThat(evidence).contains("event: COVER_OPEN").contains("count: 2");
        assertThat(text(AnomalyDetailView.HISTORY_ID + "-0")).contains(" · operator · Решена: Подтверждённое хищение");
        _assertNone(Button.class, spec -> spec.withId(AnomalyDetailView.RESOLVE_ID));

        // a comment on the detail joins the history
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId(AnomalyDetailView.COMMENT_ID)).setValue("Акт составлен");
        _click(_get(Button.class, spec -> spec.withId(AnomalyDetailView.COMMENT_BUTTON_ID)));
        assertThat(text(AnomalyDetailView.HISTORY_ID + "-1")).endsWith("Комментарий — Акт составлен");

        // English through the switch
        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        assertThat(title()).isEqualTo("Anomaly");
        assertThat(text(AnomalyDetailView.HISTORY_ID + "-0")).contains(" · operator · Resolved: Confirmed theft");
        _click(_get(Button.class, spec -> spec.withId("locale-ru")));
    }

    @Test
    void operator_acknowledges_the_selected_rows_in_bulk() {
        login("operator");
        UI.getCurrent().navigate(AnomaliesView.class);
        kind().setValue(AnomalyKind.DATA_GAP);
        assertThat(meters()).containsExactly("SM-GAP");
        kind().clear();
        Grid<Anomaly> grid = grid();
        List<Anomaly> chosen = grid.getListDataView().getItems().filter(a -> !a.meterId().equals("SM-TAMPER")).toList();
        chosen.forEach(grid::select);
        _click(_get(Button.class, spec -> spec.withId(AnomaliesView.BULK_ACK_ID)));
        for (Anomaly anomaly : chosen) {
            var detail = anomalies.detail(viewer("operator"), anomaly.id());
            assertThat(detail.anomaly().status()).isEqualTo(AnomalyStatus.ACKNOWLEDGED);
            assertThat(detail.history()).extracting(h -> h.action() + " by " + h.by()).containsExactly("ACKNOWLEDGE by operator");
        }
        // the status filter follows
        @SuppressWarnings("unchecked")
        Select<AnomalyStatus> status = _get(Select.class, spec -> spec.withId(AnomaliesView.STATUS_ID));
        status.setValue(AnomalyStatus.ACKNOWLEDGED);
        assertThat(meters()).containsExactlyInAnyOrderElementsOf(chosen.stream().map(Anomaly::meterId).toList());
    }

    @Test
    void an_operator_of_another_organization_sees_only_its_own_and_a_customer_cannot_open_the_routes() {
        long volgaGap = anomalies.queue(viewer("operator"), new io.meterhub.cabinet.anomalies.AnomalyFilter(AnomalyKind.DATA_GAP, null, null, null), 0, 10)
                .page().items().get(0).id();
        login("uk-operator");
        UI.getCurrent().navigate(AnomaliesView.class);
        assertThat(meters()).containsExactly("SM-HOUSING");
        UI.getCurrent().navigate("anomalies/" + volgaGap);
        _get(Component.class, spec -> spec.withId(AnomalyDetailView.NOT_FOUND_ID));
        _assertNone(Div.class, spec -> spec.withId(AnomalyDetailView.EVIDENCE_ID));

        login("ivanov");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AnomaliesView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("anomalies/" + volgaGap)).isInstanceOf(MockAccessDeniedException.class);
    }

    // ---------------------------------------------------------------------------------------------

    private Viewer viewer(String login) {
        return userService.findByLogin(login).orElseThrow().viewer();
    }

    private void login(String login) {
        signIn(login, io.meterhub.dashboard.TestUsers.demoPassword(login));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Anomaly> grid() {
        return _get(Grid.class, spec -> spec.withId(AnomaliesView.GRID_ID));
    }

    @SuppressWarnings("unchecked")
    private static Select<AnomalyKind> kind() {
        return _get(Select.class, spec -> spec.withId(AnomaliesView.KIND_ID));
    }

    private static List<String> meters() {
        return grid().getListDataView().getItems().map(Anomaly::meterId).toList();
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
