package io.meterhub.demo;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.access.Viewer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedTest {
    @Test
    void the_demo_seed_gives_logins_accounts_with_both_organizations_debts_and_readings_to_review() throws Exception {
        try (Fixture fixture = Fixture.open("demo_seed")) {
            fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
            fixture.telemetryMeter("VOLGA", "DEMO-1", 0);
            Clock clock = Fixture.clockAt("2026-03-18T12:00:00", Fixture.SAMARA);
            SeedReport report = new CabinetSeeder(fixture.dataSource, clock).seed("VOLGA", List.of("DEMO-1"));

            assertThat(report.logins()).extracting(SeedReport.SeedLogin::login).contains("ivanov", "petrova", "operator", "admin");
            assertThat(report.describe()).contains("ivanov123");
            Viewer ivanov = fixture.users.authenticate("ivanov", "ivanov123").orElseThrow();
            List<AccountOverview> accounts = Services.of(fixture.dataSource, clock).overview().overview(ivanov);
            assertThat(accounts).extracting(AccountOverview::organizationId).containsExactlyInAnyOrder("VOLGA", CabinetSeeder.HOUSING);
            assertThat(accounts.stream().map(AccountOverview::totalDebt).reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();
            Viewer operator = fixture.users.authenticate("operator", "operator123").orElseThrow();
            assertThat(Services.of(fixture.dataSource, clock).operatorReview().flagged(operator)).isNotEmpty();
            assertThat(new CabinetSeeder(fixture.dataSource, clock).seed("VOLGA", List.of()).logins()).isEmpty();
        }
    }
}
