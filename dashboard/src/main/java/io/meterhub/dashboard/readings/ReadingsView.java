package io.meterhub.dashboard.readings;

import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.MeterOverview;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.readings.ReadingStatus;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.ReadingView;
import io.meterhub.cabinet.readings.SubmissionResult;
import io.meterhub.cabinet.windows.WindowState;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Manual readings: per meter (all of the customer's, or the one in the address,
 * {@code readings/<accountMeterId>}) a form with one field per tariff zone, the window, the last
 * accepted values, every refusal in the user's language, and the history with statuses.
 */
@Menu(title = "nav.readings", order = 3, icon = "vaadin:edit")
@Route(value = "readings/:" + ReadingsView.METER + "?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ReadingsView extends CustomerPage implements BeforeEnterObserver {
    public static final String METER = "meterId";

    private final transient AccountOverviewService overviews;
    private final transient ReadingSubmissionService readings;

    public ReadingsView(AuthenticationContext authentication, AccountOverviewService overviews, ReadingSubmissionService readings) {
        super("nav.readings", authentication);
        this.overviews = overviews;
        this.readings = readings;
    }

    /** The id of a zone's field: {@code reading-<meterId>-T<zone>}. */
    public static String fieldId(long meterId, int zone) {
        return "reading-" + meterId + "-T" + zone;
    }

    public static String submitId(long meterId) {
        return "reading-submit-" + meterId;
    }

    public static String messageId(long meterId) {
        return "reading-message-" + meterId;
    }

    public static String historyId(long meterId) {
        return "reading-history-" + meterId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        add(new io.meterhub.dashboard.ui.HelpLink("readings"));
        Optional<Long> asked = event.getRouteParameters().getLong(METER);
        if (asked.isPresent()) {
            try {
                readings.lastAccepted(viewer, asked.get()); // the access check: "no such meter" unless it is the customer's
            } catch (AccessDeniedException e) {
                showNotFound(e.code());
                return;
            }
        }
        boolean any = false;
        for (AccountOverview account : overviews.overview(viewer)) {
            for (MeterOverview meter : account.meters()) {
                if (asked.isEmpty() || asked.get() == meter.accountMeterId()) {
                    add(new MeterForm(account, meter));
                    any = true;
                }
            }
        }
        if (!any) {
            add(secondary(getTranslation("customer.readings.no-meters")));
        }
    }

    /** One meter's form and history. */
    private final class MeterForm extends Div {
        private final MeterOverview meter;
        private final Map<Integer, TextField> fields = new LinkedHashMap<>();
        private final Span message = new Span();
        private final Span last = new Span();
        private final Grid<ReadingView> history = new Grid<>(ReadingView.class, false);

        MeterForm(AccountOverview account, MeterOverview meter) {
            this.meter = meter;
            long id = meter.accountMeterId();
            setId("reading-form-" + id);
            setWidthFull();
            H3 title = new H3(service(meter.serviceCode()) + " · " + meter.model() + " №" + meter.serial());
            title.getStyle().set("margin", "0");
            Div box = card(title, secondary(getTranslation("customer.account.number", account.number()) + " · " + account.address()),
                    new Span(window(account.window())), last);
            last.setId("reading-last-" + id);
            refreshLast();

            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 3));
            for (int zone = 1; zone <= meter.zones(); zone++) {
                TextField field = new TextField(meter.zones() == 1 ? getTranslation("customer.readings.value") : "T" + zone);
                field.setId(fieldId(id, zone));
                field.setHelperText(getTranslation("customer.readings.format", meter.digits(), meter.decimals()));
                field.setAllowedCharPattern("[0-9.,]");
                field.setClearButtonVisible(true);
                fields.put(zone, field);
                form.add(field);
            }
            Button submit = new Button(getTranslation("customer.readings.submit"), click -> submit());
            submit.setId(submitId(id));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            message.setId(messageId(id));
            message.getStyle().set("display", "block");

            history.setId(historyId(id));
            history.addColumn(r -> date(r.takenOn())).setHeader(getTranslation("customer.readings.date")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(r -> zone(r.zone())).setHeader(getTranslation("customer.readings.zone")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(r -> reading(r.value(), meter.decimals())).setHeader(getTranslation("customer.readings.value")).setAutoWidth(true).setFlexGrow(0);
            history.addColumn(r -> getTranslation("reading.status." + r.status().name())).setHeader(getTranslation("customer.readings.status"))
                    .setAutoWidth(true).setFlexGrow(0);
            history.addColumn(ReadingsView.this::comment).setHeader(getTranslation("customer.readings.comment")).setAutoWidth(true).setFlexGrow(1);
            history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            history.setAllRowsVisible(true);
            history.setWidthFull();
            refreshHistory();

            if (readings.maySubmit(viewer, id)) {
                box.add(form, submit, message);
            } else {
                // a view-only delegation: the readings are the holder's to hand in (the service would refuse them anyway)
                Span viewOnly = secondary(getTranslation("customer.readings.view-only"));
                viewOnly.setId("reading-view-only-" + id);
                box.add(viewOnly);
            }
            box.add(new H4(getTranslation("customer.readings.history")), history);
            add(box);
            getStyle().set("margin-bottom", "var(--lumo-space-m)");
        }

        private void submit() {
            fields.values().forEach(f -> f.setInvalid(false));
            Map<Integer, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<Integer, TextField> entry : fields.entrySet()) {
                String text = entry.getValue().getValue() == null ? "" : entry.getValue().getValue().replaceAll("[\\s\\u00A0]", "").replace(',', '.');
                if (text.isEmpty()) {
                    continue; // the service names the missing zone
                }
                try {
                    values.put(entry.getKey(), new BigDecimal(text));
                } catch (NumberFormatException e) {
                    fail(getTranslation("customer.readings.not-a-number", entry.getKey()), entry.getKey());
                    return;
                }
            }
            try {
                SubmissionResult result = readings.submit(viewer, meter.accountMeterId(), values);
                if (result.anyUnderReview()) {
                    List<String> why = new ArrayList<>();
                    result.readings().stream().filter(r -> r.status() == ReadingStatus.UNDER_REVIEW)
                            .forEach(r -> why.add(zone(r.zone()) + ": " + (r.flag() == null ? "" : getTranslation("reading.flag." + r.flag().name()))));
                    show(getTranslation("customer.readings.under-review", String.join("; ", why)), "var(--lumo-warning-text-color, #b36b00)");
                } else {
                    show(getTranslation("customer.readings.accepted"), "var(--lumo-success-text-color)");
                }
                fields.values().forEach(TextField::clear);
                refreshLast();
                refreshHistory();
            } catch (AccessDeniedException e) {
                showNotFound(e.code());
            } catch (CabinetException e) {
                Integer zone = e.code().startsWith("reading.") && !e.args().isEmpty() && e.args().get(0) instanceof Integer z ? z : null;
                fail(refusal(e), zone);
            }
        }

        private void fail(String text, Integer zone) {
            show(text, "var(--lumo-error-text-color)");
            TextField field = zone == null ? null : fields.get(zone);
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }

        private void show(String text, String color) {
            message.setText(text);
            message.getStyle().set("color", color);
        }

        private void refreshLast() {
            Map<Integer, ReadingView> lastAccepted = readings.lastAccepted(viewer, meter.accountMeterId());
            if (lastAccepted.isEmpty()) {
                last.setText(getTranslation("customer.meter.no-readings"));
                return;
            }
            List<String> parts = new ArrayList<>();
            lastAccepted.values().forEach(r -> parts.add(zone(r.zone()) + " " + reading(r.value(), meter.decimals())));
            ReadingView any = lastAccepted.values().iterator().next();
            last.setText(getTranslation("customer.readings.last", String.join(", ", parts), date(any.takenOn())));
        }

        private void refreshHistory() {
            history.setItems(readings.history(viewer, meter.accountMeterId()));
        }
    }

    private String comment(ReadingView reading) {
        if (reading.status() == ReadingStatus.REJECTED && reading.reason() != null) {
            return reading.reason();
        }
        if (reading.flag() != null) {
            return getTranslation("reading.flag." + reading.flag().name());
        }
        return reading.meterReplacement() ? getTranslation("customer.readings.replacement") : "";
    }

    private String window(WindowState window) {
        return window.open() ? getTranslation("customer.window.open", date(window.openUntil()))
                : getTranslation("customer.window.closed", date(window.nextFirstDay()), date(window.nextLastDay()));
    }
}
