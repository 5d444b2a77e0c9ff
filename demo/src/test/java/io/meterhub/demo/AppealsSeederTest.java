package io.meterhub.demo;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealMonth;
import io.meterhub.cabinet.appeals.AppealStatus;
import io.meterhub.cabinet.ratings.RatingSummary;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's appeals on top of the cabinet demo: a month of a reception, seeded once, every status and rated ones. */
class AppealsSeederTest {

    @Test
    void the_demo_has_appeals_in_every_state_templates_and_ratings_seeded_once() {
        try (Database database = Database.open(StorageConfig.of(TestServices.freshDatabase("appeals_seed")))) {
            ZoneId samara = ZoneId.of("Europe/Samara");
            Clock clock = Clock.fixed(LocalDateTime.parse("2026-12-01T10:00:00").atZone(samara).toInstant(), samara);
            new CabinetSeeder(database.dataSource(), clock).seed("VOLGA", List.of());
            new AppealsSeeder(database.dataSource(), clock).seed("VOLGA");
            new AppealsSeeder(database.dataSource(), clock).seed("VOLGA");

            UserService users = new UserService(new JdbcUserRepository(database.dataSource()));
            Viewer operator = users.authenticate("operator", "grid-duty-42").orElseThrow();
            Viewer ivanov = users.authenticate("ivanov", "ivan-meter-42").orElseThrow();
            AppealsAssembly.Appeals appeals = AppealsAssembly.assemble(database.dataSource(), clock);
            List<Appeal> queue = appeals.feature().desk().queue(operator, null, null);
            assertThat(queue).hasSize(6).extracting(Appeal::status).containsOnly(AppealStatus.REGISTERED, AppealStatus.IN_WORK,
                    AppealStatus.ANSWERED);
            assertThat(queue).filteredOn(a -> a.overdue(clock.instant())).singleElement()
                    .satisfies(a -> assertThat(a.subject()).isEqualTo("Не принимаются показания"));
            assertThat(appeals.feature().templates().all(operator)).hasSize(3);
            Appeal toRate = appeals.feature().filing().mine(ivanov).stream().filter(a -> a.subject().equals("Мигает свет по вечерам")).findFirst()
                    .orElseThrow();
            assertThat(appeals.ratings().mayRateAppeal(ivanov, toRate.id())).as("left for ivanov to rate in the demo").isTrue();
            RatingSummary ratings = appeals.ratings().summary(operator, YearMonth.of(2026, 10), YearMonth.of(2026, 12));
            assertThat(ratings.overall().count()).isEqualTo(3);
            assertThat(ratings.overall().average()).isEqualByComparingTo("4.00");
            List<AppealMonth> report = appeals.feature().report().months(operator, YearMonth.of(2026, 10), YearMonth.of(2026, 12));
            assertThat(report.stream().mapToInt(AppealMonth::answeredLate).sum()).as("petrova's, answered after its term").isEqualTo(1);
            assertThat(report.stream().mapToInt(AppealMonth::received).sum()).isEqualTo(6);
        }
    }
}
