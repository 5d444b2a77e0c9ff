package io.meterhub.dashboard.operator;

import io.meterhub.dashboard.DemoSeedBeans;
import io.meterhub.dashboard.KaribuSpringTest;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.LastReading;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.readings.SubmissionResult;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.DashboardApplication;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.dashboard.readings.ReadingsToCheckView;
import io.meterhub.dashboard.readings.ReviewQueueView;
import io.meterhub.storage.Database;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operator's views over the demo's seed (Karibu-Testing, real Spring context, fresh database):
 * the review queue of the operator's organization only, accept, reject with a required reason that
 * the customer then reads, meter replacement found by account or serial, and customers kept out.
 */
@SpringBootTest(classes = {DashboardApplication.class, DemoSeedBeans.class},
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.config.name=" + DashboardApplication.CONFIG_NAME)
@DirtiesContext
class OperatorViewsTest extends KaribuSpringTest {
    static final String GRID = DemoSeedBeans.GRID;


    @Autowired
    private UserService userService;
    @Autowired
    private ReadingSubmissionService submissions;
    @Autowired
    private OperatorReviewService review;
    @Autowired
    private AccountOverviewService overview;

    @Test
    void operator_sees_the_flagged_readings_accepts_one_and_rejects_one_with_a_reason_the_customer_reads() {
        // a second flagged reading besides the seed's office jump: the shop's zone T1 far above its usual month
        Viewer sidorov = viewer("sidorov");
        MeterOverview shopMeter = meterOf(sidorov, "6300345678");
        long shopReading = submitJump(sidorov, shopMeter, new BigDecimal("40000.0"));
        Viewer romashka = viewer("romashka");
        MeterOverview officeMeter = meterOf(romashka, "6300456789");
        long officeReading = review.flagged(viewer("operator")).stream()
                .filter(f -> f.reading().accountMeterId() == officeMeter.accountMeterId()).findFirst().orElseThrow().reading().id();

        login("operator");
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(title()).isEqualTo("Очередь проверки");
        assertThat(cardIds()).containsExactlyInAnyOrder("review-" + officeReading, "review-" + shopReading);
        assertThat(text("review-count")).isEqualTo("Ждут решения: 2");

        // what the operator decides on: account, meter, zone, value, the last accepted value, the flag and its evidence
        assertThat(text("review-" + officeReading + "-account")).isEqualTo("6300456789");
        assertThat(text("review-" + officeReading + "-meter")).isEqualTo(officeMeter.serial());
        assertThat(text("review-" + officeReading + "-zone")).isEqualTo("T1");
        BigDecimal officeLast = officeMeter.lastReadings().stream().filter(r -> r.zone() == 1).findFirst().orElseThrow().value();
        assertThat(text("review-" + officeReading + "-last")).isEqualTo(ru(officeLast) + " кВт·ч");
        assertThat(text("review-" + officeReading + "-value")).isEqualTo(ru(officeLast.add(new BigDecimal("9500.0"))) + " кВт·ч");
        assertThat(text("review-" + officeReading + "-flag")).isEqualTo("Намного больше обычного потребления");
        String evidence = _get(Div.class, spec -> spec.withId("review-" + officeReading + "-evidence")).getElement().getTextRecursively();
        assertThat(evidence).contains("Рост +9500 кВт·ч за ")
                .contains("Обычное потребление: около");

        // accept the office's reading
        _click(_get(Button.class, spec -> spec.withId("accept-" + officeReading)));
        assertThat(cardIds()).containsExactly("review-" + shopReading);
        assertThat(status(romashka, officeReading)).isEqualTo(ReadingStatus.ACCEPTED);

        // reject the shop's: the reason is required
        _click(_get(Button.class, spec -> spec.withId("reject-" + shopReading)));
        TextArea reason = _get(TextArea.class, spec -> spec.withId(ReviewQueueView.REASON_ID));
        _click(_get(Button.class, spec -> spec.withId(ReviewQueueView.REJECT_CONFIRM_ID)));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Укажите причину для потребителя");
        assertThat(status(sidorov, shopReading)).isEqualTo(ReadingStatus.UNDER_REVIEW);

        reason.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId(ReviewQueueView.REJECT_CONFIRM_ID)));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(status(sidorov, shopReading)).isEqualTo(ReadingStatus.UNDER_REVIEW);

        reason.setValue("Показание не сходится с фото прибора, пришлите новое");
        _click(_get(Button.class, spec -> spec.withId(ReviewQueueView.REJECT_CONFIRM_ID)));
        _assertNone(TextArea.class, spec -> spec.withId(ReviewQueueView.REASON_ID));
        _get(Component.class, spec -> spec.withId(ReviewQueueView.EMPTY_ID));
        assertThat(cardIds()).isEmpty();

        // the customer's history shows the rejection and its reason
        ReadingView rejected = submissions.history(sidorov, shopMeter.accountMeterId()).stream()
                .filter(r -> r.id() == shopReading).findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(ReadingStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Показание не сходится с фото прибора, пришлите новое");
        CustomerHistory.assertShowsRejection(this::login, "sidorov", shopMeter.accountMeterId(), rejected.reason());
    }

    @Test
    void an_operator_of_another_organization_sees_none_of_them() {
        long officeMeter = meterOf(viewer("romashka"), "6300456789").accountMeterId();
        login("uk-operator");
        UI.getCurrent().navigate(ReviewQueueView.class);
        // the housing utility's queue holds only its own: the water meter's jump on petrova's УД-000102
        List<String> accounts = _find(Span.class).stream().filter(s -> s.getId().orElse("").endsWith("-account"))
                .map(Span::getText).toList();
        assertThat(accounts).containsOnly("УД-000102").isNotEmpty();
        assertThat(cardIds()).noneMatch(id -> review.flagged(viewer("operator")).stream()
                .anyMatch(f -> id.equals("review-" + f.reading().id())));

        // nor can it find the grid company's accounts and meters
        UI.getCurrent().navigate(ReadingsToCheckView.class);
        search("6300456789");
        _get(Component.class, spec -> spec.withId("meter-nothing"));
        _assertNone(Div.class, spec -> spec.withId("meter-" + officeMeter));
    }

    @Test
    void operator_finds_a_meter_by_account_or_serial_and_confirms_its_replacement() {
        Viewer ivanov = viewer("ivanov");
        MeterOverview meter = meterOf(ivanov, "6300123456");
        login("operator");
        UI.getCurrent().navigate(ReadingsToCheckView.class);
        assertThat(title()).isEqualTo("Показания на проверку");

        search("12");
        assertThat(_get(TextField.class, spec -> spec.withId(ReadingsToCheckView.SEARCH_ID)).isInvalid()).isTrue();

        // by account number: its meter; another organization's account of the same customer is not found
        search("6300123456");
        assertThat(text("meter-" + meter.accountMeterId() + "-account")).isEqualTo("6300123456");
        search("УД-000101");
        _get(Component.class, spec -> spec.withId("meter-nothing"));

        // by serial, then confirm the replacement
        search(meter.serial());
        assertThat(_find(Div.class).stream().filter(d -> d.hasClassName("mh-meter-card")).toList()).hasSize(1);
        _assertNone(Span.class, spec -> spec.withId("replacement-confirmed-" + meter.accountMeterId()));
        _click(_get(Button.class, spec -> spec.withId("confirm-replacement-" + meter.accountMeterId())));
        _click(_get(Button.class, spec -> spec.withId(ReadingsToCheckView.CONFIRM_ID)));
        assertThat(text("replacement-confirmed-" + meter.accountMeterId())).isEqualTo("Замена подтверждена");

        // the customer's next reading below the last accepted one now starts the new meter
        Map<Integer, BigDecimal> low = new TreeMap<>(Map.of(1, new BigDecimal("12.0"), 2, new BigDecimal("8.0"), 3, new BigDecimal("5.0")));
        SubmissionResult result = submissions.submit(ivanov, meter.accountMeterId(), low, openDay(meter));
        assertThat(result.readings()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReadingStatus.ACCEPTED);
            assertThat(r.meterReplacement()).isTrue();
        });
        // and the confirmation was used up: the next lower value is refused again
        Map<Integer, BigDecimal> lower = new TreeMap<>(Map.of(1, new BigDecimal("11.0"), 2, new BigDecimal("7.0"), 3, new BigDecimal("4.0")));
        assertThatThrownBy(() -> submissions.submit(ivanov, meter.accountMeterId(), lower, openDay(meter)))
                .isInstanceOf(ValidationException.class);

        // ?q= opens the page with the search done (the review queue links to it)
        UI.getCurrent().navigate("readings-to-check", QueryParameters.of("q", meter.serial()));
        assertThat(text("meter-" + meter.accountMeterId() + "-account")).isEqualTo("6300123456");
        assertThat(_get(Div.class, spec -> spec.withId("meter-" + meter.accountMeterId() + "-history")).getElement().getTextRecursively())
                .contains("новый прибор");
    }

    @Test
    void the_admin_has_the_same_views_and_english_is_a_click_away() {
        login("admin");
        UI.getCurrent().navigate(ReviewQueueView.class);
        assertThat(title()).isEqualTo("Очередь проверки");
        _click(_get(Button.class, spec -> spec.withId("locale-en")));
        assertThat(title()).isEqualTo("Review queue");
        assertThat(_find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("accept-")).map(Button::getText))
                .allMatch("Accept"::equals);
        UI.getCurrent().navigate(ReadingsToCheckView.class);
        assertThat(_get(TextField.class, spec -> spec.withId(ReadingsToCheckView.SEARCH_ID)).getLabel()).isEqualTo("Account or meter no.");
        _click(_get(Button.class, spec -> spec.withId("locale-ru")));
    }

    @Test
    void a_customer_cannot_open_the_operator_routes() {
        login("ivanov");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReadingsToCheckView.class)).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("readings-to-check", QueryParameters.of("q", "6300123456"))).isInstanceOf(MockAccessDeniedException.class);
        // and the services behind them refuse a customer whatever the view
        assertThatThrownBy(() -> review.flagged(viewer("ivanov"))).hasMessageContaining("staff");
    }

    // ---------------------------------------------------------------------------------------------

    private long submitJump(Viewer customer, MeterOverview meter, BigDecimal jump) {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        for (LastReading last : meter.lastReadings()) {
            values.put(last.zone(), last.zone() == 1 ? last.value().add(jump) : last.value().add(BigDecimal.TEN));
        }
        SubmissionResult result = submissions.submit(customer, meter.accountMeterId(), values, openDay(meter));
        return result.readings().stream().filter(r -> r.status() == ReadingStatus.UNDER_REVIEW).findFirst().orElseThrow().id();
    }

    /** A day inside the grid company's window (the 15th to the 25th), after the seed's last readings (the 20th of last month). */
    private static LocalDate openDay(MeterOverview meter) {
        LocalDate last = meter.lastReadings().stream().map(LastReading::takenOn).max(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate day = YearMonth.from(last).atDay(20);
        while (day.isBefore(last)) {
            day = day.plusMonths(1);
        }
        return day;
    }

    private ReadingStatus status(Viewer customer, long readingId) {
        return submissions.history(customer, readingMeter(readingId, customer)).stream().filter(r -> r.id() == readingId)
                .findFirst().orElseThrow().status();
    }

    private long readingMeter(long readingId, Viewer customer) {
        for (AccountOverview account : overview.overview(customer)) {
            for (MeterOverview meter : account.meters()) {
                if (submissions.history(customer, meter.accountMeterId()).stream().anyMatch(r -> r.id() == readingId)) {
                    return meter.accountMeterId();
                }
            }
        }
        throw new AssertionError("no reading " + readingId);
    }

    private MeterOverview meterOf(Viewer customer, String accountNumber) {
        return overview.overview(customer).stream().filter(a -> a.number().equals(accountNumber)).findFirst().orElseThrow()
                .meters().get(0);
    }

    private Viewer viewer(String login) {
        return userService.findByLogin(login).orElseThrow().viewer();
    }

    private static void search(String text) {
        _get(TextField.class, spec -> spec.withId(ReadingsToCheckView.SEARCH_ID)).setValue(text);
        _click(_get(Button.class, spec -> spec.withId(ReadingsToCheckView.SEARCH_BUTTON_ID)));
    }

    /** As the operator's views show a reading: no trailing zeros, a decimal comma. */
    private static String ru(BigDecimal value) {
        BigDecimal shown = value.stripTrailingZeros();
        return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString().replace('.', ',');
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId(PlaceholderView.TITLE_ID)).getText();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> cardIds() {
        return _find(Div.class).stream().filter(d -> d.hasClassName("mh-review-card")).map(d -> d.getId().orElse("")).toList();
    }

    /** Logs in through the real UserDetailsService (the cabinet's users) and the BCrypt check, as the form would. */
    @Test
    void a_housing_utilitys_administrator_sees_no_grid_connection_pages_a_grid_companys_does() {
        signIn("uk-admin", "grid-chief-42");
        UI.getCurrent().navigate("");
        List<String> housing = _find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream().map(i -> i.getId().orElse("")).toList();
        assertThat(housing).contains("nav-admin-loading", "nav-admin-customers").doesNotContain("nav-connection-queue", "nav-connection-paper");
        // typed by its address: a page that does not exist for them
        UI.getCurrent().navigate("connection/queue");
        assertThat(_find(io.meterhub.dashboard.ui.NotFoundView.class)).hasSize(1);

        newUi();
        signIn("admin", "grid-chief-42");
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream().map(i -> i.getId().orElse("")))
                .contains("nav-connection-queue", "nav-connection-paper");
    }

    void login(String login) {
        signIn(login, io.meterhub.dashboard.TestUsers.demoPassword(login));
    }
}
