package io.meterhub.cabinet;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.consumption.ConsumptionChart;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.protocols.telemetry.EventCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessAndViewsTest {
    private static Fixture fixture;
    private static Fixture.Person owner;
    private static Fixture.Person stranger;
    private static Viewer foreignOperator;
    private static long account;
    private static long meter;
    private static long reading;
    private static Clock clock;

    @BeforeAll
    static void open() throws SQLException {
        fixture = Fixture.open("cabinet_access");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        owner = fixture.customer("owner");
        stranger = fixture.customer("stranger");
        foreignOperator = fixture.staff("foreign-op", Role.OPERATOR, "OTHER");
        account = fixture.account(owner, "GRID");
        fixture.account(stranger, "GRID");
        fixture.telemetryMeter("GRID", "SM-1", 0);
        fixture.hours("SM-1", LocalDate.of(2026, 3, 19).atStartOfDay(Fixture.SAMARA), LocalDate.of(2026, 3, 20).atTime(15, 0).atZone(Fixture.SAMARA), 0.25);
        fixture.event("SM-1", LocalDate.of(2026, 3, 20).atTime(9, 30).atZone(Fixture.SAMARA).toInstant(), EventCode.COVER_OPEN);
        meter = fixture.meter(account, "ELECTRICITY", 3, 6, 1, "SM-1");
        fixture.accepted(meter, 1, "10", LocalDate.of(2026, 2, 20));
        clock = Fixture.clockAt("2026-03-20T15:20:00", Fixture.SAMARA);
        reading = new ReadingSubmissionService(fixture.dataSource, clock).history(owner.viewer(), meter).get(0).id();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static void denied(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_customer_can_never_read_or_touch_another_customers_account_meter_readings_ledger_or_consumption() {
        Viewer other = stranger.viewer();
        AccountOverviewService overview = new AccountOverviewService(fixture.dataSource, clock);
        ReadingSubmissionService readings = new ReadingSubmissionService(fixture.dataSource, clock);
        OperatorReviewService review = new OperatorReviewService(fixture.dataSource, clock);
        LedgerService ledger = new LedgerService(fixture.dataSource, clock);
        ConsumptionService consumption = new ConsumptionService(fixture.dataSource, clock);
        for (Viewer intruder : new Viewer[] {other, foreignOperator}) {
            denied(() -> overview.account(intruder, account));
            denied(() -> readings.submit(intruder, meter, Map.of(1, BigDecimal.TEN, 2, BigDecimal.TEN, 3, BigDecimal.TEN), LocalDate.of(2026, 3, 20)));
            denied(() -> readings.submit(intruder, meter, Map.of(1, BigDecimal.TEN)));
            denied(() -> readings.history(intruder, meter));
            denied(() -> readings.lastAccepted(intruder, meter));
            denied(() -> readings.confirmReplacement(intruder, meter));
            denied(() -> review.accept(intruder, reading));
            denied(() -> review.reject(intruder, reading, "x"));
            denied(() -> ledger.entries(intruder, account, null, 0, 10));
            denied(() -> ledger.debt(intruder, account));
            denied(() -> ledger.postAdjustment(intruder, account, "ELECTRICITY", YearMonth.of(2026, 3), BigDecimal.ONE, "x", "adj:1"));
            denied(() -> consumption.hourly(intruder, meter, LocalDate.of(2026, 3, 20)));
            denied(() -> consumption.daily(intruder, meter, YearMonth.of(2026, 3)));
            denied(() -> consumption.monthly(intruder, meter, Year.of(2026)));
        }
        assertThat(overview.overview(other)).extracting(AccountOverview::accountId).doesNotContain(account);
        assertThat(ledger.debts(other)).extracting(d -> d.accountId()).doesNotContain(account);
    }

    @Test
    void a_foreign_id_and_a_missing_id_are_refused_with_the_same_words() {
        ReadingSubmissionService readings = new ReadingSubmissionService(fixture.dataSource, clock);
        AccessDeniedException foreign = org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> readings.history(stranger.viewer(), meter));
        AccessDeniedException missing = org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> readings.history(stranger.viewer(), 999_999));
        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage()).isEqualTo("No such meter");
        AccessDeniedException account = org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class,
                () -> new LedgerService(fixture.dataSource, clock).debt(stranger.viewer(), AccessAndViewsTest.account));
        assertThat(account.getMessage()).isEqualTo("No such account");
    }

    @Test
    void the_overview_shows_debt_meters_last_readings_events_and_the_open_window_with_the_holder_masked() {
        AccountOverview view = new AccountOverviewService(fixture.dataSource, clock).account(owner.viewer(), account);
        assertThat(view.holder()).isEqualTo("Иванов И. И.");
        assertThat(view.holderPhone()).isEqualTo("+7 *** ***-**-67");
        assertThat(view.organizationName()).isEqualTo("Org GRID");
        assertThat(view.window().open()).isTrue();
        assertThat(view.window().openUntil()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(view.totalDebt()).isEqualTo(new BigDecimal("0.00"));
        assertThat(view.meters()).singleElement().satisfies(m -> {
            assertThat(m.smart()).isTrue();
            assertThat(m.lastReadings()).singleElement().satisfies(r -> assertThat(r.value()).isEqualByComparingTo("10"));
            assertThat(m.lastEvents()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("COVER_OPEN"));
        });
    }

    @Test
    void the_hourly_chart_has_the_day_by_zone_the_previous_day_beside_it_events_and_a_csv() {
        ConsumptionService consumption = new ConsumptionService(fixture.dataSource, clock);
        ConsumptionChart chart = consumption.hourly(owner.viewer(), meter, LocalDate.of(2026, 3, 20));

        assertThat(chart.current()).hasSize(15); // 00:00 to the current hour 14:00 so far
        assertThat(chart.current().get(0).zone()).isEqualTo(3);
        assertThat(chart.current().get(7).zone()).isEqualTo(1);
        assertThat(chart.previous()).hasSize(24);
        assertThat(chart.events()).singleElement().satisfies(e -> assertThat(e.local().getHour()).isEqualTo(9));
        String csv = ConsumptionService.csv(chart);
        assertThat(csv).startsWith("period;start;zone;kWh\n2026-03-20;2026-03-20T00:00+04:00;3;0.250\n");
        assertThat(csv.lines()).hasSize(1 + 15 + 24);

        ConsumptionChart month = consumption.daily(owner.viewer(), meter, YearMonth.of(2026, 3));
        assertThat(month.current().stream().filter(p -> p.local().getDayOfMonth() == 19).map(p -> p.quantity()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("6.000");
    }

    @Test
    void users_authenticate_with_their_bcrypt_password_and_nothing_else() {
        UserService users = fixture.users;
        assertThat(users.authenticate("owner", "owner-secret")).contains(owner.viewer());
        assertThat(users.authenticate("OWNER ", "owner-secret")).contains(owner.viewer());
        assertThat(users.authenticate("owner", "wrong-secret")).isEmpty();
        assertThat(users.authenticate("nobody", "owner-secret")).isEmpty();
        assertThat(users.findByLogin("owner").orElseThrow().passwordHash()).startsWith("$2a$");
        users.setLocale(owner.viewer(), "en");
        assertThat(users.locale(owner.viewer())).isEqualTo("en");
    }

    @Test
    void personal_data_is_masked() {
        assertThat(Masking.snils("112-233-445 95")).isEqualTo("***-***-445 95");
        assertThat(Masking.snils("11223344595")).isEqualTo("***-***-445 95");
        assertThat(Masking.phone("+7 (912) 345-67-67")).isEqualTo("+7 *** ***-**-67");
        assertThat(Masking.passport("3604 123456")).isEqualTo("**** ***456");
        assertThat(Masking.holder("SOLE_PROPRIETOR", "ИП Сидоров Пётр Алексеевич")).isEqualTo("ИП Сидоров П. А.");
        assertThat(Masking.holder("LEGAL_ENTITY", "ООО «Ромашка»")).isEqualTo("ООО «Ромашка»");
    }

    @Test
    void every_message_key_has_an_english_and_a_russian_text() throws Exception {
        Properties english = new Properties();
        Properties russian = new Properties();
        try (InputStream en = getClass().getResourceAsStream("/cabinet-messages.properties");
             InputStream ru = getClass().getResourceAsStream("/cabinet-messages_ru.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            russian.load(new java.io.InputStreamReader(ru, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(russian.keySet()).isEqualTo(english.keySet());
        assertThat(russian.getProperty("access.no_such_account")).isEqualTo("Лицевой счёт не найден");
    }
}
