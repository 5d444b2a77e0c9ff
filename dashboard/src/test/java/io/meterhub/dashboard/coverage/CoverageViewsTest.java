package io.meterhub.dashboard.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.meterhub.cabinet.powercalculator.DeviceType;
import io.meterhub.cabinet.powercalculator.PowerCalculator;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.PlaceholderView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coverage map's pages over the demo's seed (three service areas of the grid company): anyone opens the map
 * without login (the GeoJSON registered, the offices as points) and searches a settlement, served or not; a customer
 * has it in the menu; staff with ORGANIZATION upload areas (a bad file listed problem by problem, nothing changed)
 * and edit the power calculator's factors, audited; staff without the module are kept out.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class}, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class CoverageViewsTest extends KaribuSpringTest {
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PowerCalculator calculator;

    @Test
    void a_visitor_sees_the_areas_and_offices_on_the_map_without_login() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId(LoginView.COVERAGE_LINK_ID)).getHref()).isEqualTo("coverage-map");
        UI.getCurrent().navigate(PublicCoverageView.class);
        assertThat(text(PlaceholderView.TITLE_ID)).isEqualTo("Карта присутствия");
        EChart chart = _get(EChart.class, spec -> spec.withId(CoverageMapPanel.CHART_ID));
        JsonNode map = chart.getMaps().get("coverage-" + DemoSeedBeans.GRID);
        List<String> regions = new ArrayList<>();
        map.get("features").forEach(f -> regions.add(f.path("properties").path("name").asText()));
        assertThat(regions).containsExactly("Самарский РЭС", "Новокуйбышевский РЭС", "Чапаевский участок");
        assertThat(chart.getOption().path("geo").path("map").asText()).isEqualTo("coverage-" + DemoSeedBeans.GRID);
        assertThat(chart.getOption().path("series").get(0).path("coordinateSystem").asText()).isEqualTo("geo");
        assertThat(chart.getOption().path("series").get(0).path("data").toString()).contains("Новокуйбышевский РЭС").contains("[49.92,53.1]");
        assertThat(text(CoverageMapPanel.AREAS_ID)).contains("г. Самара").contains("Офис: Чапаевский участок, г. Чапаевск, ул. Ленина, 42");
    }

    @Test
    void the_search_says_which_office_serves_a_settlement_and_highlights_its_area_or_that_it_is_not_served() {
        UI.getCurrent().navigate(PublicCoverageView.class);
        search("НОВОКУЙБЫШЕВСК");
        assertThat(text(CoverageMapPanel.RESULT_ID))
                .contains("г. Новокуйбышевск обслуживается: Волжская сетевая компания, зона «Новокуйбышевский РЭС».")
                .contains("Офис: Новокуйбышевский РЭС, г. Новокуйбышевск, ул. Миронова, 12");
        EChart chart = _get(EChart.class, spec -> spec.withId(CoverageMapPanel.CHART_ID));
        assertThat(chart.getOption().path("geo").path("regions").get(0).path("name").asText()).isEqualTo("Новокуйбышевский РЭС");

        search("пос.Мехзавод");
        assertThat(text(CoverageMapPanel.RESULT_ID)).contains("пос. Мехзавод обслуживается").contains("Самарский РЭС");
        search("Тольятти");
        assertThat(_get(EChart.class, spec -> spec.withId(CoverageMapPanel.CHART_ID)).getOption().path("geo").has("regions"))
                .as("no area highlighted for a settlement not served").isFalse();
        assertThat(text(CoverageMapPanel.RESULT_ID)).isEqualTo(
                "«Тольятти» не входит в зоны обслуживания сетевых компаний на карте. Проверьте написание или напишите нам.");
        search("г.");
        assertThat(text(CoverageMapPanel.RESULT_ID)).isEqualTo("Введите название населённого пункта.");
    }

    @Test
    void a_customer_has_the_map_in_the_menu() {
        signIn("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate(CustomerCoverageView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Карта присутствия");
        assertThat(text(CoverageMapPanel.AREAS_ID)).contains("Самарский РЭС");
        search("с. владимировка");
        assertThat(text(CoverageMapPanel.RESULT_ID)).contains("с. Владимировка обслуживается").contains("Чапаевский участок");
    }

    @Test
    void staff_with_the_organization_module_upload_areas_a_bad_file_listed_by_feature_and_nothing_changed() throws Exception {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(CoverageAdminView.class);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Карта и калькулятор мощности");
        Upload upload = _get(Upload.class, spec -> spec.withId(CoverageAdminView.UPLOAD_ID));
        _upload(upload, "зоны.geojson", "application/geo+json", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[50,53],[50.1,53],[50.1,53.1],[50,53]]]}},
                 {"type":"Feature","properties":{"name":"Открытая"},"geometry":{"type":"Polygon","coordinates":[[[50,53],[50.1,53],[50.1,53.1],[50,53.1]]]}}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(text(CoverageAdminView.MESSAGE_ID)).isEqualTo("Файл не принят, ничего не изменилось:");
        assertThat(text(CoverageAdminView.PROBLEMS_ID + "-0")).isEqualTo("Объект 1: нет свойства «name» (название зоны)");
        assertThat(text(CoverageAdminView.PROBLEMS_ID + "-1")).isEqualTo("Объект 2 «Открытая»: кольцо 1 не замкнуто (последняя точка должна повторять первую)");
        assertThat(text(CoverageAdminView.AREAS_ID)).contains("Самарский РЭС").contains("Чапаевский участок");

        _upload(upload, "x.bin", "application/octet-stream", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertThat(text(CoverageAdminView.PROBLEMS_ID + "-0")).isEqualTo("Файл не в кодировке UTF-8");
    }

    @Test
    void staff_edit_the_coincidence_factors_audited_and_the_calculator_uses_them() throws Exception {
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate(CoverageAdminView.class);
        TextField kettle = _get(TextField.class, spec -> spec.withId("power-factor-" + DeviceType.KETTLE.name()));
        assertThat(kettle.getValue()).isEqualTo("0,4");
        kettle.setValue("0,55");
        _click(_get(Button.class, spec -> spec.withId(CoverageAdminView.FACTORS_SAVE_ID)));
        assertThat(text(CoverageAdminView.FACTORS_MESSAGE_ID)).isEqualTo("Сохранено, изменено: 1");
        assertThat(calculator.factors(DemoSeedBeans.GRID).get(DeviceType.KETTLE)).isEqualByComparingTo("0.55");
        TextField welding = _get(TextField.class, spec -> spec.withId("power-factor-" + DeviceType.WELDING.name()));
        welding.setValue("1,5");
        _click(_get(Button.class, spec -> spec.withId(CoverageAdminView.FACTORS_SAVE_ID)));
        assertThat(welding.isInvalid()).isTrue();
        assertThat(welding.getErrorMessage()).isEqualTo("Коэффициент от 0,01 до 1, не больше двух знаков после запятой");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT actor_login FROM audit_entry WHERE action = 'power.factor' AND record_id = 'KETTLE'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("admin");
        }
    }

    @Test
    void staff_without_the_module_see_why_and_customers_may_not_open_the_page() {
        signIn("operator", "grid-duty-42");
        UI.getCurrent().navigate(CoverageAdminView.class);
        assertThat(text(ModulePage.NO_MODULE_ID)).isNotBlank();
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("Карта и калькулятор мощности");
        newUi();
        signIn("ivanov", "ivan-meter-42");
        assertThatThrownBy(() -> UI.getCurrent().navigate(CoverageAdminView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    private static void search(String settlement) {
        _get(TextField.class, spec -> spec.withId(CoverageMapPanel.SEARCH_ID)).setValue(settlement);
        _click(_get(Button.class, spec -> spec.withId(CoverageMapPanel.FIND_ID)));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
