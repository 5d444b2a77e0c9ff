package io.meterhub.dashboard.customer;

import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.consumption.ChartEvent;
import io.meterhub.cabinet.consumption.ChartPoint;
import io.meterhub.cabinet.consumption.ConsumptionChart;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.chart.EChart;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.consumption.ConsumptionView;
import io.meterhub.dashboard.accounts.OverviewView;
import io.meterhub.dashboard.payments.PaymentsView;
import io.meterhub.dashboard.readings.ReadingsView;
import io.meterhub.dashboard.receipts.ReceiptsView;
import io.meterhub.dashboard.payments.SandboxPayView;
import io.meterhub.storage.Database;
import io.meterhub.protocols.consumption.LocalHour;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's views with Karibu-Testing over the real Spring context and a fresh database seeded
 * by the demo's {@code CabinetSeeder} on 23 March 2026, 12:30 in Samara (inside the window), plus
 * telemetry of ivanov's smart meter.
 */
@SpringBootTest(classes = {DashboardApplication.class, CustomerViewsTest.SeededBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class CustomerViewsTest extends KaribuSpringTest {
    private static final String NBSP = "\u00A0";

    /** Not a @Configuration: component scanning of io.meterhub.dashboard must never pick it up. */
    static class SeededBeans {
        @Bean(destroyMethod = "close")
        Database database() {
            return CustomerSeed.seededDatabase();
        }

        @Bean
        DataSource dataSource(Database database) {
            return database.dataSource();
        }

        /** The cabinet's services and views stand on 23 March 2026, 12:30 in Samara. */
        @Bean
        @Primary
        Clock fixedClock() {
            return CustomerSeed.clock();
        }
    }

    @Autowired
    private UserDetailsService users;
    @Autowired
    private UserService userService;
    @Autowired
    private AccountOverviewService overviews;
    @Autowired
    private LedgerService ledger;
    @Autowired
    private ConsumptionService consumption;
    @Autowired
    private ReadingSubmissionService readings;

    @Test
    void overview_shows_every_account_with_masked_holder_debts_meters_last_readings_events_and_the_open_window() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        List<AccountOverview> expected = overviews.overview(ivanov);
        assertThat(expected).hasSize(2);
        UI.getCurrent().navigate("overview");

        assertThat(title()).isEqualTo("Обзор");
        BigDecimal total = expected.stream().map(AccountOverview::totalDebt).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isPositive();
        assertThat(text(OverviewView.TOTAL_ID)).isEqualTo("Итого к оплате по всем счетам: " + rub(total));
        for (AccountOverview account : expected) {
            String card = text("account-" + account.accountId());
            assertThat(card).contains("Лицевой счёт " + account.number(), account.address(), account.organizationName(), "Иванов И. И.")
                    .doesNotContain("Иванович");
            for (Map.Entry<String, BigDecimal> debt : account.debtByService().entrySet()) {
                assertThat(text("account-" + account.accountId() + "-debts")).contains(rub(debt.getValue()));
            }
            assertThat(text("account-" + account.accountId() + "-total")).isEqualTo("Итого" + rub(account.totalDebt()));
            assertThat(text("account-" + account.accountId() + "-window"))
                    .isEqualTo(account.number().startsWith("УД") ? "Показания принимаются сейчас, до 26.03.2026" : "Показания принимаются сейчас, до 25.03.2026");
        }
        AccountOverview housing = expected.stream().filter(a -> a.number().equals("УД-000101")).findFirst().orElseThrow();
        MeterOverview water = housing.meters().stream().filter(m -> m.serviceCode().equals("COLD_WATER")).findFirst().orElseThrow();
        String waterReadings = text("meter-" + water.accountMeterId() + "-readings");
        assertThat(water.lastReadings()).hasSize(1);
        assertThat(waterReadings).contains("T1", water.lastReadings().get(0).value().setScale(3).toPlainString().replace('.', ','), "20.02.2026");
        assertThat(text("meter-" + water.accountMeterId())).contains("Холодная вода", "Пульсар ХВС", water.serial());
        MeterOverview smart = smartMeter(ivanov);
        assertThat(text("meter-" + smart.accountMeterId())).contains("Интеллектуальный прибор, тарифных зон: 3");
        assertThat(text("meter-" + smart.accountMeterId() + "-events")).contains("23.03.2026 03:15", "Вскрытие крышки");

        // one account at a time: the selector leads to overview/<id>
        _setValue(_get(Select.class, spec -> spec.withId(OverviewView.SELECTOR_ID)), housing.accountId());
        assertThat(location()).isEqualTo("overview/" + housing.accountId());
        assertThat(_find(Component.class, spec -> spec.withId("account-" + housing.accountId()))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("account-" + other(expected, housing).accountId()))).isEmpty();
        assertThat(text(OverviewView.TOTAL_ID)).isEqualTo("Итого к оплате: " + rub(housing.totalDebt()));
    }

    @Test
    void consumption_chart_stacks_todays_hours_by_zone_beside_yesterday_with_the_events_and_exports_csv() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        MeterOverview smart = smartMeter(ivanov);
        UI.getCurrent().navigate("consumption/" + smart.accountMeterId());

        ObjectNode option = _get(EChart.class, spec -> spec.withId(ConsumptionView.CHART_ID)).getOption();
        assertThat(option.at("/xAxis/data").size()).isEqualTo(24);
        List<String> names = new ArrayList<>();
        option.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("T1", "T1, прошлый период", "T2", "T2, прошлый период", "T3", "T3, прошлый период", "События");
        double[] today = stackSums(option, "current", 24);
        double[] yesterday = stackSums(option, "previous", 24);
        for (int hour = 0; hour < 12; hour++) {
            assertThat(today[hour]).as("hour %d", hour).isEqualTo(CustomerSeed.HOURLY_KWH);
        }
        assertThat(today[12]).as("the current hour so far").isEqualTo(CustomerSeed.CURRENT_HOUR_KWH);
        assertThat(today[13]).isZero();
        assertThat(yesterday).containsOnly(CustomerSeed.HOURLY_KWH);
        // every zone series holds the hours of its own zone only, as the service says
        ConsumptionChart chart = consumption.hourly(ivanov, smart.accountMeterId(), CustomerSeed.NOW.toLocalDate());
        double t3 = chart.current().stream().filter(p -> p.zone() == 3).mapToDouble(p -> p.quantity().doubleValue()).sum();
        double shownT3 = 0;
        for (JsonNode value : option.get("series").get(4).get("data")) {
            shownT3 += value.asDouble();
        }
        assertThat(shownT3).isEqualTo(t3);
        assertThat(option.get("series").get(1).at("/itemStyle/opacity").asDouble()).isLessThan(1.0);
        JsonNode events = option.get("series").get(6);
        assertThat(events.get("type").asText()).isEqualTo("scatter");
        assertThat(events.at("/markLine/data/0/xAxis").asText()).isEqualTo("03:00");
        assertThat(events.at("/markLine/data/0/name").asText()).isEqualTo("Вскрытие крышки");
        assertThat(text(ConsumptionView.NOTE_ID)).isEqualTo("Текущий час показывает то, что уже поступило.");

        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId(ConsumptionView.CSV_ID))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("period;start;zone;kWh\n").contains("2026-03-23;2026-03-23T12:00+04:00;").contains("2026-03-22;");

        // a month by days, with February beside it
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(ConsumptionView.PERIOD_ID)), io.meterhub.protocols.consumption.Granularity.DAY);
        option = _get(EChart.class, spec -> spec.withId(ConsumptionView.CHART_ID)).getOption();
        assertThat(option.at("/xAxis/data").size()).isEqualTo(31);
        double[] days = stackSums(option, "current", 31);
        assertThat(days[21]).isEqualTo(24 * CustomerSeed.HOURLY_KWH);
        assertThat(days[22]).isEqualTo(12 * CustomerSeed.HOURLY_KWH + CustomerSeed.CURRENT_HOUR_KWH);
        assertThat(stackSums(option, "previous", 31)[27]).as("28 February").isEqualTo(24 * CustomerSeed.HOURLY_KWH);
    }

    @Test
    void the_hourly_chart_of_a_berlin_day_the_clock_goes_back_has_25_bars_with_two_0200_hours_told_apart() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        UI.getCurrent().navigate("consumption/" + smartMeter(ivanov).accountMeterId());
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<ChartPoint> day = LocalHour.ofDay(LocalDate.of(2026, 10, 25), berlin).stream()
                .map(h -> new ChartPoint(h.start(), h.local(), h.label(), 3, BigDecimal.ONE)).toList();
        List<ChartPoint> before = LocalHour.ofDay(LocalDate.of(2026, 10, 24), berlin).stream()
                .map(h -> new ChartPoint(h.start(), h.local(), h.label(), 3, BigDecimal.ONE)).toList();
        ConsumptionChart chart = new ConsumptionChart(1, io.meterhub.protocols.consumption.Granularity.HOUR, "2026-10-25", "2026-10-24", "kWh", true,
                berlin, day, before, List.of(new ChartEvent(Instant.parse("2026-10-25T01:20:00Z"), LocalDateTime.parse("2026-10-25T02:20"),
                "COVER_OPEN", "{}")));

        ObjectNode option = _get(ConsumptionView.class).option(chart);

        List<String> labels = new ArrayList<>();
        option.at("/xAxis/data").forEach(label -> labels.add(label.asText()));
        assertThat(labels).hasSize(25).doesNotHaveDuplicates().containsSubsequence("01:00", "02:00 +02", "02:00 +01", "03:00");
        double[] ones = new double[25];
        java.util.Arrays.fill(ones, 1.0);
        assertThat(stackSums(option, "current", 25)).containsExactly(ones);
        double[] yesterday = stackSums(option, "previous", 25);
        assertThat(yesterday[2]).as("yesterday's 02:00 beside the first").isEqualTo(1.0);
        assertThat(yesterday[3]).as("nothing beside the repeated 02:00").isZero();
        assertThat(option.at("/series/2/markLine/data/0/xAxis").asText()).as("an event in the second 02:00").isEqualTo("02:00 +01");
    }

    @Test
    void a_three_zone_reading_is_accepted_and_shows_in_the_history() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        MeterOverview smart = smartMeter(ivanov);
        long id = smart.accountMeterId();
        UI.getCurrent().navigate("readings/" + id);

        _setValue(field(ReadingsView.fieldId(id, 1)), "1234,5");
        _setValue(field(ReadingsView.fieldId(id, 2)), "800");
        _setValue(field(ReadingsView.fieldId(id, 3)), "512.3");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));

        assertThat(text(ReadingsView.messageId(id))).isEqualTo("Показания приняты. Спасибо!");
        List<ReadingView> history = readings.history(ivanov, id);
        assertThat(history).extracting(ReadingView::zone).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(history).extracting(ReadingView::status).containsOnly(ReadingStatus.ACCEPTED);
        assertThat(history).extracting(r -> r.value().setScale(1).toPlainString()).containsExactlyInAnyOrder("1234.5", "800.0", "512.3");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(ReadingsView.historyId(id)));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(grid, row)));
        }
        assertThat(rows).containsExactlyInAnyOrder("23.03.2026 | T1 | 1234,5 | Принято | ", "23.03.2026 | T2 | 800,0 | Принято | ",
                "23.03.2026 | T3 | 512,3 | Принято | ");
        assertThat(field(ReadingsView.fieldId(id, 1)).getValue()).isEmpty();
    }

    @Test
    void a_bad_reading_is_refused_with_the_reason_in_russian_and_in_english() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        MeterOverview water = meter(ivanov, "COLD_WATER");
        long id = water.accountMeterId();
        String last = water.lastReadings().get(0).value().setScale(3).toPlainString();
        UI.getCurrent().navigate("readings/" + id);

        _setValue(field(ReadingsView.fieldId(id, 1)), "12345,6789");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));
        assertThat(text(ReadingsView.messageId(id))).isEqualTo("В показании зоны T1 не больше 3 знаков после запятой");
        assertThat(field(ReadingsView.fieldId(id, 1)).isInvalid()).isTrue();

        _setValue(field(ReadingsView.fieldId(id, 1)), "1");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));
        assertThat(text(ReadingsView.messageId(id))).isEqualTo("Показание зоны T1 (1,000) меньше последнего принятого ("
                + last.replace('.', ',') + " от 20.02.2026); если прибор заменён, обратитесь к оператору");

        _setValue(field(ReadingsView.fieldId(id, 1)), "abc");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));
        assertThat(text(ReadingsView.messageId(id))).isEqualTo("Зона T1: введите число, например 12345,6");

        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        _setValue(field(ReadingsView.fieldId(id, 1)), "12345,6789");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));
        assertThat(text(ReadingsView.messageId(id))).isEqualTo("The reading of zone T1 has at most 3 digit(s) after the point");
        _setValue(field(ReadingsView.fieldId(id, 1)), "1");
        _click(_get(Button.class, spec -> spec.withId(ReadingsView.submitId(id))));
        assertThat(text(ReadingsView.messageId(id))).isEqualTo("The reading of zone T1 (1.000) is lower than the last accepted one ("
                + last + " on 20 Feb 2026); if the meter was replaced, call the operator");
        assertThat(readings.history(ivanov, id)).extracting(ReadingView::takenOn).doesNotContain(CustomerSeed.NOW.toLocalDate());
    }

    @Test
    void a_payment_through_the_sandbox_lowers_the_debt_by_exactly_the_paid_amount_and_pays_once() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        AccountOverview housing = overviews.overview(ivanov).stream().filter(a -> a.number().equals("УД-000101")).findFirst().orElseThrow();
        BigDecimal before = ledger.debt(ivanov, housing.accountId()).byService().get("COLD_WATER");
        BigDecimal totalBefore = ledger.totalDebt(ivanov);
        assertThat(before).isPositive();
        UI.getCurrent().navigate("payments");

        // only cold water, with an edited amount
        for (Checkbox check : _find(Checkbox.class)) {
            if (!check.getId().orElse("").equals(PaymentsView.checkId(housing.accountId(), "COLD_WATER"))) {
                _setValue(check, false);
            }
        }
        TextField amount = field(PaymentsView.amountId(housing.accountId(), "COLD_WATER"));
        assertThat(amount.getValue()).isEqualTo(before.toPlainString().replace('.', ','));
        _setValue(amount, "12,345");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("В сумме может быть не более двух знаков после запятой (копейки).");
        _setValue(amount, "сто");
        assertThat(amount.getErrorMessage()).isEqualTo("Сумма должна быть числом в рублях, например 1234,56.");
        _click(_get(Button.class, spec -> spec.withId(PaymentsView.PAY_ID)));
        assertThat(location()).isEqualTo("payments");
        _setValue(amount, "100,55");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(text(PaymentsView.PAY_TOTAL_ID)).isEqualTo("Итого: 100,55" + NBSP + "₽");

        // a double click: the second click of the same form starts no second payment
        Button pay = _get(Button.class, spec -> spec.withId(PaymentsView.PAY_ID));
        _click(pay);
        String sandbox = location();
        assertThat(sandbox).startsWith("sandbox/pay/sbx_").contains("?payment=");
        com.vaadin.flow.component.ComponentUtil.fireEvent(pay, new com.vaadin.flow.component.ClickEvent<>(pay));
        assertThat(location()).isEqualTo(sandbox);

        assertThat(text(SandboxPayView.AMOUNT_ID)).isEqualTo("100,55" + NBSP + "₽");
        assertThat(text(SandboxPayView.PAYEES_ID)).contains("УК Уютный дом", "УД-000101", "Холодная вода", "100,55" + NBSP + "₽");
        _click(_get(Button.class, spec -> spec.withId(SandboxPayView.PAY_ID)));

        assertThat(location()).startsWith("payments?").contains("outcome=APPLIED");
        assertThat(text(PaymentsView.OUTCOME_ID)).isEqualTo("Оплата 100,55" + NBSP + "₽ прошла: задолженность уменьшена.");
        BigDecimal after = ledger.debt(ivanov, housing.accountId()).byService().get("COLD_WATER");
        assertThat(before.subtract(after)).isEqualByComparingTo("100.55");
        assertThat(totalBefore.subtract(ledger.totalDebt(ivanov))).isEqualByComparingTo("100.55");

        // the ledger history of the account shows the payment first
        _setValue(_get(Select.class, spec -> spec.withId(PaymentsView.LEDGER_ACCOUNT_ID)), housing.accountId());
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(PaymentsView.LEDGER_GRID_ID));
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(grid, row)));
        }
        assertThat(rows).anyMatch(row -> row.contains("Оплата | −100,55" + NBSP + "₽"));
        assertThat(text(PaymentsView.LEDGER_PAGE_ID)).startsWith("Страница 1 из ");

        // another customer typing the sandbox address of ivanov's payment
        login("petrova", "anna-meter-42");
        com.vaadin.flow.router.Location typed = new com.vaadin.flow.router.Location(sandbox);
        UI.getCurrent().navigate(typed.getPath(), typed.getQueryParameters());
        assertThat(text(customerNotFound())).isEqualTo("Платёж не найден");
    }

    @Test
    void the_receipt_download_serves_the_pdf_of_the_chosen_account_and_month() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        AccountOverview grid = overviews.overview(ivanov).stream().filter(a -> a.number().equals("6300123456")).findFirst().orElseThrow();
        UI.getCurrent().navigate("receipts/" + grid.accountId());

        assertThat(_get(Select.class, spec -> spec.withId(ReceiptsView.MONTH_SELECT_ID)).getValue()).isEqualTo(YearMonth.of(2026, 2));
        Anchor download = _get(Anchor.class, spec -> spec.withId(ReceiptsView.DOWNLOAD_ID));
        assertThat(download.getHref()).contains("receipt-6300123456-2026-02.pdf");
        byte[] pdf = _download(download);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);
    }

    @Test
    void another_customer_typing_ivanovs_account_or_meter_in_any_route_gets_not_found_as_for_a_missing_one() {
        Viewer ivanov = login("ivanov", "ivan-meter-42");
        AccountOverview account = overviews.overview(ivanov).get(0);
        long meter = smartMeter(ivanov).accountMeterId();
        // not petrova: ivanov has delegated his electricity account's readings to her in the demo
        login("sidorov", "petr-shop-42");

        for (String route : List.of("overview/", "payments/", "receipts/")) {
            for (long id : List.of(account.accountId(), 987_654_321L)) {
                UI.getCurrent().navigate(route + id);
                assertThat(text(customerNotFound())).as(route + id).isEqualTo("Лицевой счёт не найден");
                assertThat(_find(Anchor.class, spec -> spec.withId(ReceiptsView.DOWNLOAD_ID))).isEmpty();
                assertThat(_find(Component.class, spec -> spec.withId("account-" + id))).isEmpty();
            }
        }
        for (String route : List.of("consumption/", "readings/")) {
            for (long id : List.of(meter, 987_654_321L)) {
                UI.getCurrent().navigate(route + id);
                assertThat(text(customerNotFound())).as(route + id).isEqualTo("Прибор учёта не найден");
                assertThat(_find(EChart.class)).isEmpty();
                assertThat(_find(TextField.class)).isEmpty();
            }
        }
        // her own pages never list his account
        UI.getCurrent().navigate("receipts");
        assertThat(_get(Select.class, spec -> spec.withId(ReceiptsView.ACCOUNT_SELECT_ID)).getListDataView().getItems())
                .doesNotContain(account.accountId());
        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        UI.getCurrent().navigate("readings/" + meter);
        assertThat(text(customerNotFound())).isEqualTo("No such meter");
    }

    // --- helpers ---

    private MeterOverview smartMeter(Viewer viewer) {
        return meter(viewer, "ELECTRICITY");
    }

    private MeterOverview meter(Viewer viewer, String service) {
        return overviews.overview(viewer).stream().flatMap(a -> a.meters().stream()).filter(m -> m.serviceCode().equals(service))
                .findFirst().orElseThrow();
    }

    private static AccountOverview other(List<AccountOverview> accounts, AccountOverview one) {
        return accounts.stream().filter(a -> a.accountId() != one.accountId()).findFirst().orElseThrow();
    }

    /** The sums of a stack's series per category. */
    private static double[] stackSums(ObjectNode option, String stack, int size) {
        double[] sums = new double[size];
        for (JsonNode series : option.get("series")) {
            if (stack.equals(series.path("stack").asText())) {
                for (int i = 0; i < size; i++) {
                    sums[i] += series.get("data").get(i).asDouble();
                }
            }
        }
        for (int i = 0; i < size; i++) {
            sums[i] = Math.round(sums[i] * 1000) / 1000.0;
        }
        return sums;
    }

    private static String rub(BigDecimal amount) {
        String plain = amount.setScale(2).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        String whole = digits.substring(0, digits.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "−" : "") + grouped + "," + digits.substring(digits.indexOf('.') + 1) + NBSP + "₽";
    }

    private static String customerNotFound() {
        return "customer-not-found";
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Logs in through the real UserDetailsService (the cabinet's UserService) and the BCrypt check, as the form would. */
    private Viewer login(String login, String password) {
        signIn(login, password);
        return userService.authenticate(login, password).orElseThrow();
    }
}
