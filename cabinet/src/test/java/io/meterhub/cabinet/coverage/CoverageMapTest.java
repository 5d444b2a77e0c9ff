package io.meterhub.cabinet.coverage;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.coverage.JdbcCoverageRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coverage map against PostgreSQL: staff with ORGANIZATION upload their company's areas (an upload replaces the
 * set, audited), a refused file changes nothing, staff without the module or of a housing utility are refused, and the
 * settlement search finds a settlement whatever its case, ё, or "г." / "пос." prefix, and says when it is not served.
 */
class CoverageMapTest {
    private static Fixture fixture;
    private static CoverageMap map;
    private static Viewer admin;
    private static Viewer operator;
    private static Viewer otherAdmin;

    private static final String FILE = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Северный","settlements":["г. Самара","пос. Мехзавод","Берёза"],
                "office":{"name":"РЭС Северный","address":"Самара, ул. Ново-Садовая, 1","lon":50.15,"lat":53.25}},
               "geometry":{"type":"Polygon","coordinates":[[[50.0,53.0],[50.3,53.0],[50.3,53.3],[50.0,53.3],[50.0,53.0]]]}},
              {"type":"Feature","properties":{"name":"Южный","settlements":"Чапаевск; с. Владимировка"},
               "geometry":{"type":"Polygon","coordinates":[[[49.6,52.9],[49.8,52.9],[49.8,53.0],[49.6,53.0],[49.6,52.9]]]}}]}
            """;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("coverage_map");
        Services services = Services.of(fixture.dataSource, Clock.systemUTC());
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("KAMA", Fixture.SAMARA, 15, 25);
        admin = fixture.staff("cov-admin", Role.ADMIN, "VOLGA");
        operator = fixture.staff("cov-operator", Role.OPERATOR, "VOLGA");
        otherAdmin = fixture.staff("cov-kama", Role.ADMIN, "KAMA");
        new JdbcStaffRepository(fixture.dataSource).setModules(operator.userId(), List.of("APPEALS"), admin.userId());
        map = new CoverageMap(new JdbcCoverageRepository(fixture.dataSource), services.staffRights(), services.auditLog(), Clock.systemUTC());
        map.upload(admin, FILE.getBytes(StandardCharsets.UTF_8), "зоны.geojson");
        map.upload(otherAdmin, """
                {"type":"Feature","properties":{"name":"Кама","settlements":["Самара","Набережные Челны"]},
                 "geometry":{"type":"Polygon","coordinates":[[[52.0,55.6],[52.5,55.6],[52.5,55.9],[52.0,55.9],[52.0,55.6]]]}}
                """.getBytes(StandardCharsets.UTF_8), "кама.json");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_uploaded_areas_are_kept_in_order_with_settlements_and_office() {
        List<ServiceArea> areas = map.areas("VOLGA");
        assertThat(areas).extracting(ServiceArea::name).containsExactly("Северный", "Южный");
        assertThat(areas.get(0).settlements()).containsExactly("Берёза", "г. Самара", "пос. Мехзавод");
        assertThat(areas.get(0).office()).contains(new Office("РЭС Северный", "Самара, ул. Ново-Садовая, 1", new BigDecimal("50.150000"),
                new BigDecimal("53.250000")));
        assertThat(areas.get(0).geometryJson()).contains("\"Polygon\"").contains("[50.3, 53.3]");
        assertThat(areas.get(1).office()).isEmpty();
        assertThat(map.gridCompanies()).extracting(GridCompanyRow::id).contains("VOLGA", "KAMA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Мехзавод", "мехзавод", "МЕХЗАВОД", "пос. Мехзавод", "пос.Мехзавод", "п. Мехзавод", "посёлок Мехзавод", "  Мехзавод  ",
            "Мехзавод пос"})
    void a_settlement_is_found_whatever_its_case_or_prefix(String query) {
        SettlementAnswer answer = map.find(query);
        assertThat(answer.served()).isTrue();
        assertThat(answer.matches()).singleElement().satisfies(match -> {
            assertThat(match.areaName()).isEqualTo("Северный");
            assertThat(match.settlement()).isEqualTo("пос. Мехзавод");
            assertThat(match.organizationName()).isEqualTo("Org VOLGA");
            assertThat(match.office()).map(Office::name).contains("РЭС Северный");
        });
    }

    @Test
    void yo_and_ye_are_one_letter_both_ways() {
        assertThat(map.find("береза").matches()).extracting(SettlementMatch::settlement).containsExactly("Берёза");
        assertThat(map.find("Г. САМАРА").matches()).extracting(SettlementMatch::organizationId).containsExactly("KAMA", "VOLGA");
    }

    @Test
    void a_settlement_no_area_lists_is_not_served_and_an_empty_query_is_no_question() {
        SettlementAnswer answer = map.find("Тольятти");
        assertThat(answer.asked()).isTrue();
        assertThat(answer.served()).isFalse();
        assertThat(map.find("г.").asked()).isFalse();
        assertThat(map.find(null).asked()).isFalse();
        assertThat(map.find("x".repeat(10_000)).served()).isFalse();
        assertThat(map.find("Владимировка").matches()).singleElement().satisfies(match -> {
            assertThat(match.areaName()).isEqualTo("Южный");
            assertThat(match.office()).isEmpty();
        });
    }

    @Test
    void an_upload_replaces_the_set_and_is_audited_and_a_refused_one_changes_nothing() throws Exception {
        fixture.organization("REPL", Fixture.SAMARA, 15, 25);
        Viewer replacer = fixture.staff("cov-replacer", Role.ADMIN, "REPL");
        map.upload(replacer, FILE.getBytes(StandardCharsets.UTF_8), "first.json");
        map.upload(replacer, """
                {"type":"Polygon","coordinates":[[[50.0,53.0],[50.3,53.0],[50.3,53.3],[50.0,53.0]]]}
                """.getBytes(StandardCharsets.UTF_8), "Новая зона.geojson");
        assertThat(map.areas("REPL")).extracting(ServiceArea::name).containsExactly("Новая зона");
        assertThat(map.find("Чапаевск").matches()).extracting(SettlementMatch::organizationId).containsExactly("VOLGA");

        assertThatThrownBy(() -> map.upload(replacer, "{\"type\":\"Point\"}".getBytes(StandardCharsets.UTF_8), "bad.json"))
                .isInstanceOf(CoverageUploadException.class);
        assertThat(map.areas("REPL")).extracting(ServiceArea::name).containsExactly("Новая зона");

        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT before::text, after::text FROM audit_entry WHERE organization_id = 'REPL' AND action = 'coverage.upload' ORDER BY id")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).contains("[]");
            assertThat(r.getString(2)).contains("Северный").contains("Южный").contains("first.json");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).contains("Северный");
            assertThat(r.getString(2)).contains("Новая зона");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void staff_without_the_organization_module_and_a_housing_utility_are_refused() {
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> map.upload(operator, file, "x.json")).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> map.upload(Viewer.customer(fixture.customer("cov-customer").userId()), file, "x.json"))
                .isInstanceOf(NoModuleException.class);
        fixture.accounts.saveOrganization(fixture.accounts.organization("KAMA").map(o -> new io.meterhub.cabinet.accounts.OrganizationRow("UK",
                "УК", "SERVICE_PROVIDER", o.timeZone(), o.zoneSchedule(), "ООО УК", o.inn(), o.kpp(), o.bankName(), o.bic(),
                o.correspondentAccount(), o.settlementAccount(), o.phone(), 15, 25)).orElseThrow());
        Viewer housing = fixture.staff("cov-uk", Role.ADMIN, "UK");
        assertThatThrownBy(() -> map.upload(housing, file, "x.json")).isInstanceOf(ValidationException.class)
                .hasMessage("Only a grid company has a coverage map");
        assertThat(map.areas("VOLGA")).hasSize(2);
        assertThat(map.areas("UK")).isEmpty();
    }
}
