package io.meterhub.demo;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSeedTest {
    private static final Clock CLOCK = Fixture.clockAt("2026-03-18T12:00:00", Fixture.SAMARA);

    /** The demo seeded on 18 March 2026 over a grid company with one telemetry meter of three registers. */
    private static SeedReport seeded(Fixture fixture) throws Exception {
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.telemetryMeter("VOLGA", "DEMO-1", 3);
        return new CabinetSeeder(fixture.dataSource, CLOCK).seed("VOLGA", List.of("DEMO-1"));
    }

    @Test
    void the_demo_seed_gives_logins_accounts_with_both_organizations_debts_and_readings_to_review() throws Exception {
        try (Fixture fixture = Fixture.open("demo_seed")) {
            Clock clock = CLOCK;
            SeedReport report = seeded(fixture);

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

    @Test
    void the_demo_data_goes_through_the_control_panels_data_loading_and_the_operators_link_the_signed_up_customers() throws Exception {
        try (Fixture fixture = Fixture.open("demo_seed_loads")) {
            seeded(fixture);

            // accounts, meters, a year of readings and the payments of both organizations, each a load applied whole by an operator
            List<String> loads = Jdbc.list(fixture.dataSource, "SELECT l.organization_id || ' ' || l.kind || ' ' || l.status || ' ' || u.login "
                    + "|| ' ' || (l.rows_applied = l.rows_total) FROM data_load l JOIN app_user u ON u.id = l.uploaded_by ORDER BY l.id",
                    r -> r.getString(1));
            assertThat(loads).containsExactly("VOLGA ACCOUNTS APPLIED operator true", "VOLGA METERS APPLIED operator true",
                    "UK_UYUTNY_DOM ACCOUNTS APPLIED uk-operator true", "UK_UYUTNY_DOM METERS APPLIED uk-operator true",
                    "VOLGA READINGS APPLIED operator true", "UK_UYUTNY_DOM READINGS APPLIED uk-operator true",
                    "VOLGA PAYMENTS APPLIED operator true", "UK_UYUTNY_DOM PAYMENTS APPLIED uk-operator true");
            // 3 plain grid meters of 2..3 zones and 3 water meters, 13 months each
            assertThat(Jdbc.one(fixture.dataSource, "SELECT count(*) FROM manual_reading WHERE status = 'ACCEPTED' AND submitted_by IN "
                    + "(SELECT id FROM app_user WHERE login IN ('operator', 'uk-operator'))", r -> r.getInt(1)).orElseThrow())
                    .isEqualTo(13 * (2 + 3 + 3 + 1 + 1 + 1));
            // ivanov's smart meter came with the file, the fleet's telemetry id filled in
            assertThat(Jdbc.one(fixture.dataSource, "SELECT u.login FROM account_meter m JOIN account a ON a.id = m.account_id JOIN customer c "
                    + "ON c.id = a.holder_id JOIN app_user u ON u.id = c.user_id WHERE m.telemetry_meter_id = 'DEMO-1'", r -> r.getString(1)))
                    .contains("ivanov");
            // the staff and the links are the control panel's actions, in its audit log
            assertThat(Jdbc.list(fixture.dataSource, "SELECT action || ' ' || count(*) FROM audit_entry GROUP BY action ORDER BY action",
                    r -> r.getString(1))).contains("account.link 6", "load.apply 8", "load.upload 8", "staff.create 2", "charge.write_off.request 1");
            // the office's old debt waits for a second person: nothing of it is in the ledger yet
            assertThat(Jdbc.list(fixture.dataSource, "SELECT w.amount::text || ' ' || w.status || ' ' || u.login FROM write_off_request w "
                    + "JOIN app_user u ON u.id = w.requested_by", r -> r.getString(1))).containsExactly("-10500.00 PENDING operator");
            assertThat(Jdbc.list(fixture.dataSource, "SELECT count(*) FROM ledger_entry WHERE source LIKE 'write-off:%'", r -> r.getLong(1)))
                    .containsExactly(0L);
        }
    }
}
