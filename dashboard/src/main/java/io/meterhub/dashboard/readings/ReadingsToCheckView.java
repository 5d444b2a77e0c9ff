package io.meterhub.dashboard.readings;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.OperatorFormat;
import io.meterhub.dashboard.ui.OperatorPage;
import io.meterhub.dashboard.ui.StaffViewer;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.LastReading;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Readings to check: the operator finds an account's meters by the account number or a meter's
 * serial (in their organization only), sees the last accepted readings and the recent history, and
 * confirms a meter replacement, after which the customer's next reading below the last accepted one
 * starts the new meter instead of being refused. {@code ?q=...} opens the page with a search done.
 */
@Menu(title = "nav.readings-to-check", order = 12, icon = "vaadin:check-square-o")
@RequiresModule(StaffModule.READINGS)
@Route(value = "readings-to-check", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class ReadingsToCheckView extends OperatorPage implements BeforeEnterObserver {
    public static final String SEARCH_ID = "meter-search";
    public static final String SEARCH_BUTTON_ID = "meter-search-button";
    public static final String RESULTS_ID = "meter-results";
    public static final String CONFIRM_ID = "replacement-confirm";
    public static final String CANCEL_ID = "replacement-cancel";
    static final int HISTORY_ROWS = 6;

    private final transient AccountOverviewService accounts;
    private final transient ReadingSubmissionService submissions;
    private final transient Viewer operator;
    private final TextField search = new TextField();
    private final Div results = cards(RESULTS_ID);
    private final Set<Long> confirmedHere = new HashSet<>();

    public ReadingsToCheckView(AuthenticationContext authentication, AccountOverviewService accounts, ReadingSubmissionService submissions) {
        super("nav.readings-to-check");
        this.accounts = accounts;
        this.submissions = submissions;
        this.operator = StaffViewer.of(authentication).orElse(null);
        if (operator == null) {
            add(note(getTranslation("operator.no-organization"), "operator-no-organization"));
            return;
        }
        add(note(getTranslation("operator.check.intro"), null));
        search.setId(SEARCH_ID);
        search.setLabel(getTranslation("operator.check.search"));
        search.setPlaceholder(getTranslation("operator.check.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(64);
        search.setWidth("100%");
        search.setMaxWidth("24rem");
        Button find = new Button(getTranslation("operator.check.find"), click -> find());
        find.setId(SEARCH_BUTTON_ID);
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER).listenOn(search);
        HorizontalLayout bar = new HorizontalLayout(search, find);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        add(bar, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (operator == null) {
            return;
        }
        List<String> q = event.getLocation().getQueryParameters().getParameters().get("q");
        if (q != null && !q.isEmpty() && !q.get(0).isBlank()) {
            search.setValue(q.get(0));
            find();
        }
    }

    /** Searches again with the field's text. */
    void find() {
        results.removeAll();
        String text = search.getValue() == null ? "" : search.getValue().trim();
        search.setInvalid(false);
        if (text.length() < 3) {
            search.setErrorMessage(getTranslation("operator.check.too-short"));
            search.setInvalid(true);
            return;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        List<Match> matches = new ArrayList<>();
        for (AccountOverview account : accounts.overview(operator)) {
            boolean accountMatches = account.number().toLowerCase(Locale.ROOT).contains(needle);
            for (MeterOverview meter : account.meters()) {
                if (accountMatches || (meter.serial() != null && meter.serial().toLowerCase(Locale.ROOT).contains(needle))) {
                    matches.add(new Match(account, meter));
                }
            }
        }
        if (matches.isEmpty()) {
            results.add(note(getTranslation("operator.check.nothing", text), "meter-nothing"));
            return;
        }
        for (Match match : matches) {
            results.add(card(match));
        }
    }

    private Div card(Match match) {
        AccountOverview account = match.account();
        MeterOverview meter = match.meter();
        long id = meter.accountMeterId();
        Div card = card("meter-" + id);
        card.addClassName("mh-meter-card");
        String unit = serviceUnit(meter.serviceCode());
        String suffix = unit.isEmpty() ? "" : " " + unit;
        Span heading = new Span(getTranslation("operator.check.heading", meter.model() == null ? "" : meter.model(), meter.serial()));
        heading.getStyle().set("font-weight", "600").set("display", "block");
        card.add(heading);
        card.add(field("operator.field.account", account.number(), "meter-" + id + "-account"));
        card.add(field("operator.field.address", account.address(), null));
        card.add(field("operator.field.holder", account.holder(), null));
        card.add(field("operator.field.service", serviceName(meter.serviceCode()), null));
        card.add(field("operator.field.zones", Integer.toString(meter.zones()), null));
        String last = meter.lastReadings().isEmpty() ? getTranslation("operator.check.no-readings")
                : meter.lastReadings().stream().map(r -> lastReading(r, suffix)).collect(Collectors.joining("; "));
        card.add(field("operator.field.last-accepted", last, "meter-" + id + "-last"));

        Div history = new Div();
        history.setId("meter-" + id + "-history");
        history.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-xs) 0");
        List<ReadingView> readings;
        try {
            readings = submissions.history(operator, id);
        } catch (CabinetException e) {
            readings = List.of();
        }
        if (!readings.isEmpty()) {
            Span caption = new Span(getTranslation("operator.check.history"));
            caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
            history.add(new Div(caption));
            for (ReadingView reading : readings.subList(0, Math.min(HISTORY_ROWS, readings.size()))) {
                history.add(new Div(new Span(historyLine(reading, suffix))));
            }
        }
        card.add(history);

        Span confirmed = new Span(getTranslation("operator.check.confirmed"));
        confirmed.setId("replacement-confirmed-" + id);
        confirmed.getStyle().set("color", "var(--lumo-success-text-color)").set("background", "var(--lumo-success-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-xs)").set("font-weight", "500");
        confirmed.setVisible(confirmedHere.contains(id));
        Button replace = new Button(getTranslation("operator.check.confirm-replacement"), VaadinIcon.REFRESH.create(),
                click -> askReplacement(match, confirmed));
        replace.setId("confirm-replacement-" + id);
        HorizontalLayout actions = new HorizontalLayout(replace, confirmed);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
        card.add(actions);
        return card;
    }

    private String lastReading(LastReading reading, String suffix) {
        return "T" + reading.zone() + " " + OperatorFormat.number(reading.value(), getLocale()) + suffix
                + " (" + OperatorFormat.date(reading.takenOn(), getLocale()) + ")";
    }

    private String historyLine(ReadingView reading, String suffix) {
        StringBuilder line = new StringBuilder(OperatorFormat.date(reading.takenOn(), getLocale())).append(" · T").append(reading.zone())
                .append(' ').append(OperatorFormat.number(reading.value(), getLocale())).append(suffix)
                .append(" · ").append(getTranslation("reading.status." + reading.status().name()));
        if (reading.meterReplacement()) {
            line.append(" · ").append(getTranslation("operator.check.new-meter"));
        }
        if (reading.status() == ReadingStatus.REJECTED && reading.reason() != null) {
            line.append(" · ").append(reading.reason());
        }
        return line.toString();
    }

    private void askReplacement(Match match, Span confirmed) {
        MeterOverview meter = match.meter();
        Dialog dialog = new Dialog();
        dialog.setId("replacement-dialog");
        dialog.setHeaderTitle(getTranslation("operator.replacement.title"));
        Paragraph what = new Paragraph(getTranslation("operator.replacement.what", meter.serial(), match.account().number()));
        Paragraph effect = new Paragraph(getTranslation("operator.replacement.effect"));
        effect.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div(what, effect);
        body.getStyle().set("max-width", "28rem");
        dialog.add(body);
        Button confirm = new Button(getTranslation("operator.replacement.confirm"), click -> {
            dialog.close();
            try {
                submissions.confirmReplacement(operator, meter.accountMeterId());
                confirmedHere.add(meter.accountMeterId());
                confirmed.setVisible(true);
                Notification.show(getTranslation("operator.replacement.done", meter.serial()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale()), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("operator.replacement.cancel"), click -> dialog.close());
        cancel.setId(CANCEL_ID);
        dialog.getFooter().add(cancel, confirm);
        add(dialog);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
    }

    private record Match(AccountOverview account, MeterOverview meter) {
    }
}
