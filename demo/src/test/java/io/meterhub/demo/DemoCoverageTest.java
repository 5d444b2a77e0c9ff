package io.meterhub.demo;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.cabinet.coverage.Office;
import io.meterhub.cabinet.coverage.ServiceArea;
import io.meterhub.cabinet.coverage.SettlementMatch;
import io.meterhub.storage.cabinet.coverage.JdbcCoverageRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's coverage map: three service areas of the grid company uploaded by its administrator, each with its office placed. */
class DemoCoverageTest {
    @Test
    void the_demo_grid_company_has_three_areas_whose_settlements_are_found() {
        try (Fixture fixture = Fixture.open("demo_coverage")) {
            fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
            new CabinetSeeder(fixture.dataSource, Clock.systemUTC()).seed("VOLGA", List.of());
            Services services = Services.of(fixture.dataSource, Clock.systemUTC());
            CoverageMap map = new CoverageMap(new JdbcCoverageRepository(fixture.dataSource), services.staffRights(), services.auditLog(),
                    Clock.systemUTC());

            assertThat(map.areas("VOLGA")).extracting(ServiceArea::name).containsExactly("Самарский РЭС", "Новокуйбышевский РЭС", "Чапаевский участок");
            assertThat(map.areas("VOLGA")).allSatisfy(area -> assertThat(area.office()).hasValueSatisfying(office -> assertThat(office.placed()).isTrue()));
            assertThat(map.find("Новокуйбышевск").matches()).extracting(SettlementMatch::areaName).containsExactly("Новокуйбышевский РЭС");
            assertThat(map.find("Тольятти").served()).isFalse();
            assertThat(map.find("чапаевск").matches().get(0).office()).map(Office::address).contains("г. Чапаевск, ул. Ленина, 42");
        }
    }
}
