package io.meterhub.dashboard.accounts;

import io.meterhub.dashboard.consumption.ConsumptionView;
import io.meterhub.dashboard.readings.ReadingsView;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.LastReading;
import io.meterhub.cabinet.accounts.MeterEventView;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.anomalies.OwnerNotice;
import io.meterhub.cabinet.anomalies.OwnerNoticeService;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.dashboard.notices.CustomerNotices;
import io.meterhub.cabinet.windows.WindowState;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's overview: every account (or the one in the address, {@code overview/<accountId>})
 * with its holder (masked), organization, debt per service and in total, meters with their last
 * accepted readings per zone, a smart meter's last events, and the submission window.
 */
@Menu(title = "nav.overview", order = 1, icon = "vaadin:home")
@Route(value = "overview/:" + OverviewView.ACCOUNT + "?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class OverviewView extends CustomerPage implements BeforeEnterObserver {
    public static final String ACCOUNT = "accountId";
    public static final String SELECTOR_ID = "overview-account";
    public static final String TOTAL_ID = "overview-total-debt";
    /** The line shown to a customer who holds no account yet. */
    public static final String EMPTY_ID = "overview-empty";
    /** Selector value for "all accounts". */
    static final long ALL = 0L;

    /** The plain-language notices about the customer's meters (cover opened...). */
    public static final String NOTICES_ID = "owner-notices";

    private final transient AccountOverviewService overviews;
    private final transient OwnerNoticeService notices;
    private final transient NoticesFeature announcements;

    public OverviewView(AuthenticationContext authentication, AccountOverviewService overviews, OwnerNoticeService notices,
                        NoticesFeature announcements) {
        super("nav.overview", authentication);
        this.overviews = overviews;
        this.notices = notices;
        this.announcements = announcements;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        Optional<Long> accountId = event.getRouteParameters().getLong(ACCOUNT);
        List<AccountOverview> all = overviews.overview(viewer);
        List<AccountOverview> shown;
        if (accountId.isPresent()) {
            try {
                shown = List.of(overviews.account(viewer, accountId.get()));
            } catch (AccessDeniedException e) {
                showNotFound(e.code());
                return;
            }
        } else {
            shown = all;
        }
        if (all.isEmpty()) {
            Span empty = secondary(getTranslation("customer.overview.no-accounts"));
            empty.setId(EMPTY_ID);
            add(empty);
            return;
        }
        // the organizations' announcements and the outages at the customer's addresses, whichever account is shown
        CustomerNotices board = new CustomerNotices(announcements.board(), viewer, false);
        if (!board.empty()) {
            add(board);
        }
        add(selector(all, accountId.orElse(ALL)));
        BigDecimal total = shown.stream().map(AccountOverview::totalDebt).reduce(BigDecimal.ZERO, BigDecimal::add);
        Span totalLine = new Span(getTranslation(shown.size() == 1 ? "customer.overview.total-one" : "customer.overview.total-all", money(total)));
        totalLine.setId(TOTAL_ID);
        totalLine.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        add(totalLine);
        notices(shown);
        for (AccountOverview account : shown) {
            add(account(account));
        }
    }

    /** The notices of the meters shown, newest first; nothing at all when there are none. */
    private void notices(List<AccountOverview> shown) {
        Set<Long> meters = new HashSet<>();
        shown.forEach(account -> account.meters().forEach(meter -> meters.add(meter.accountMeterId())));
        List<OwnerNotice> mine = notices.notices(viewer, getLocale()).stream().filter(n -> meters.contains(n.accountMeterId())).toList();
        if (mine.isEmpty()) {
            return;
        }
        H3 heading = new H3(getTranslation("customer.notices.title"));
        heading.getStyle().set("margin", "0");
        Div box = card(heading);
        box.setId(NOTICES_ID);
        box.getStyle().set("border-color", "var(--lumo-warning-color, #f0ad4e)").set("background", "var(--lumo-warning-color-10pct, #fff8e6)");
        for (OwnerNotice notice : mine) {
            Span text = new Span(notice.text());
            text.setId("owner-notice-" + notice.anomalyId());
            box.add(text);
        }
        add(box);
    }

    private Select<Long> selector(List<AccountOverview> all, long selected) {
        Select<Long> select = new Select<>();
        select.setId(SELECTOR_ID);
        select.setLabel(getTranslation("customer.account.select"));
        List<Long> items = new ArrayList<>();
        items.add(ALL);
        all.forEach(a -> items.add(a.accountId()));
        select.setItems(items);
        select.setItemLabelGenerator(id -> id == ALL ? getTranslation("customer.account.all")
                : all.stream().filter(a -> a.accountId() == id).findFirst()
                .map(a -> a.number() + " · " + a.organizationName()).orElse(""));
        select.setValue(selected);
        select.setWidthFull();
        select.setMaxWidth("32em");
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> {
                    if (change.getValue() == ALL) {
                        ui.navigate(OverviewView.class);
                    } else {
                        ui.navigate(OverviewView.class, new RouteParameters(ACCOUNT, String.valueOf(change.getValue())));
                    }
                });
            }
        });
        return select;
    }

    private Div account(AccountOverview account) {
        H3 number = new H3(getTranslation("customer.account.number", account.number()));
        number.getStyle().set("margin", "0");
        Div card = card(number,
                secondary(account.address()),
                new Span(getTranslation("customer.account.organization", account.organizationName())),
                new Span(getTranslation("customer.account.holder", account.holder())));
        card.setId("account-" + account.accountId());

        Div debts = new Div();
        debts.setId("account-" + account.accountId() + "-debts");
        for (Map.Entry<String, BigDecimal> debt : account.debtByService().entrySet()) {
            debts.add(line(service(debt.getKey()), money(debt.getValue())));
        }
        Div totalLine = line(getTranslation("customer.debt.total"), money(account.totalDebt()));
        totalLine.setId("account-" + account.accountId() + "-total");
        totalLine.getStyle().set("font-weight", "600");
        debts.add(totalLine);
        card.add(new H4(getTranslation("customer.debt.title")), debts);

        Span window = new Span(window(account.window()));
        window.setId("account-" + account.accountId() + "-window");
        window.getStyle().set("color", account.window().open() ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
        card.add(window);

        card.add(new H4(getTranslation("customer.meters.title")));
        FlexLayout meters = new FlexLayout();
        meters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        meters.getStyle().set("gap", "var(--lumo-space-m)");
        for (MeterOverview meter : account.meters()) {
            meters.add(meter(meter));
        }
        card.add(meters);
        return card;
    }

    private Div meter(MeterOverview meter) {
        Span name = new Span(service(meter.serviceCode()) + " · " + meter.model() + " №" + meter.serial());
        name.getStyle().set("font-weight", "600");
        Div box = card(name, secondary(getTranslation(meter.smart() ? "customer.meter.smart" : "customer.meter.plain", meter.zones())));
        box.setId("meter-" + meter.accountMeterId());
        box.getStyle().set("flex", "1 1 18em").set("width", "auto");
        Div readings = new Div();
        readings.setId("meter-" + meter.accountMeterId() + "-readings");
        if (meter.lastReadings().isEmpty()) {
            readings.add(secondary(getTranslation("customer.meter.no-readings")));
        }
        for (LastReading reading : meter.lastReadings()) {
            readings.add(line(zone(reading.zone()), getTranslation("customer.meter.reading", reading(reading.value(), meter.decimals()), date(reading.takenOn()))));
        }
        box.add(readings);
        if (meter.smart()) {
            Div events = new Div();
            events.setId("meter-" + meter.accountMeterId() + "-events");
            events.add(secondary(getTranslation("customer.meter.events")));
            if (meter.lastEvents().isEmpty()) {
                events.add(new Div(new Span(getTranslation("customer.meter.no-events"))));
            }
            for (MeterEventView event : meter.lastEvents()) {
                events.add(line(dateTime(event.local()), event(event.code())));
            }
            box.add(events);
        }
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(true);
        links.getStyle().set("flex-wrap", "wrap");
        RouteParameters parameters = new RouteParameters(ReadingsView.METER, String.valueOf(meter.accountMeterId()));
        links.add(new RouterLink(getTranslation("customer.meter.submit"), ReadingsView.class, parameters));
        if (meter.smart()) {
            links.add(new RouterLink(getTranslation("customer.meter.consumption"), ConsumptionView.class,
                    new RouteParameters(ConsumptionView.METER, String.valueOf(meter.accountMeterId()))));
        }
        box.add(links);
        return box;
    }

    private String window(WindowState window) {
        return window.open() ? getTranslation("customer.window.open", date(window.openUntil()))
                : getTranslation("customer.window.closed", date(window.nextFirstDay()), date(window.nextLastDay()));
    }

    private static Div line(String label, String value) {
        Span left = new Span(label);
        Span right = new Span(value);
        right.getStyle().set("white-space", "nowrap");
        Div line = new Div(left, right);
        line.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "var(--lumo-space-m)");
        return line;
    }
}
