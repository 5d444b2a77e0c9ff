package io.meterhub.dashboard.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditEntry;
import io.meterhub.cabinet.audit.AuditFilter;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log (Журнал действий): every staff action of the organization, newest first, in the
 * organization's local time; searched by period and text (login, action, record, reason), read a
 * page at a time, exported whole as CSV.
 */
@Menu(title = "nav.admin-audit", order = 39, icon = "vaadin:records")
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.STAFF)
public class AuditView extends ModulePage {
    public static final String LIST_ID = "audit-list";
    public static final String EMPTY_ID = "audit-empty";
    public static final String SEARCH_ID = "audit-search";
    public static final String CSV_ID = "audit-csv";
    public static final String MORE_ID = "audit-more";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final transient AuditTrail audit;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Anchor csv = new Anchor();
    private final Button more = new Button();
    private final List<AuditEntry> shown = new ArrayList<>();
    private transient ZoneId zone;

    public AuditView(AuthenticationContext authentication, StaffRights rights, AuditTrail audit) {
        super("nav.admin-audit", authentication, rights);
        this.audit = audit;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        zone = audit.zone(viewer);
        search.setId(SEARCH_ID);
        search.setPlaceholder(getTranslation("admin.audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.setId("audit-from");
        to.setId("audit-to");
        search.addValueChangeListener(e -> reload(viewer));
        from.addValueChangeListener(e -> reload(viewer));
        to.addValueChangeListener(e -> reload(viewer));
        csv.setId(CSV_ID);
        csv.setText(getTranslation("admin.audit.csv"));
        csv.getElement().setAttribute("download", true);
        FlexLayout filters = new FlexLayout(search, from, to, csv);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        list.setId(LIST_ID);
        list.setWidthFull();
        empty.setId(EMPTY_ID);
        empty.setText(getTranslation("admin.audit.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        more.setText(getTranslation("admin.audit.more"));
        more.setId(MORE_ID);
        more.addClickListener(e -> loadMore(viewer));
        add(filters, empty, list, more);
        reload(viewer);
    }

    private AuditFilter filter() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        return new AuditFilter(f == null ? null : f.atStartOfDay(zone).toInstant(), t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant(),
                null, search.getValue());
    }

    private void reload(Viewer viewer) {
        shown.clear();
        loadMore(viewer);
        AuditFilter filter = filter();
        StreamResource file = new StreamResource("audit-" + LocalDate.now(zone) + ".csv", () -> new ByteArrayInputStream(audit.csv(viewer, filter)));
        file.setContentType("text/csv; charset=utf-8");
        csv.setHref(file);
    }

    private void loadMore(Viewer viewer) {
        Long before = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
        List<AuditEntry> page = audit.page(viewer, filter(), before, AuditTrail.PAGE);
        shown.addAll(page);
        if (before == null) {
            list.removeAll();
        }
        page.forEach(entry -> list.add(entry(entry)));
        empty.setVisible(shown.isEmpty());
        more.setVisible(page.size() == AuditTrail.PAGE);
    }

    /** One action as a card: when and who, what on which record, the reason and what changed. */
    private Component entry(AuditEntry e) {
        Span when = new Span(TIME.format(e.at().atZone(zone)) + " · " + e.actorLogin());
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div what = new Div(new Span(action(e)));
        what.getStyle().set("font-weight", "600");
        Div card = new Div(new Div(when), what, change(e));
        card.setId("audit-" + e.id());
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
        return card;
    }

    /** A record kind or property as the administrator reads it, from the first of these bundles' keys that has it; else as stored. */
    private String translated(String name, String... prefixes) {
        for (String prefix : prefixes) {
            String text = getTranslation(prefix + name);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return name;
    }

    /**
     * A recorded value as the administrator reads it: yes/no for flags, a dash for nothing, codes (modules,
     * roles, kinds; alone or in a list) by their names; any other text as it was.
     */
    private String value(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("[]")) {
            return "—";
        }
        if (raw.equals("true") || raw.equals("false")) {
            return getTranslation("admin.audit.value." + raw);
        }
        if (raw.startsWith("[") && raw.endsWith("]")) {
            return java.util.Arrays.stream(raw.substring(1, raw.length() - 1).split(",")).map(String::strip)
                    .map(item -> item.length() > 1 && item.startsWith("\"") && item.endsWith("\"") ? item.substring(1, item.length() - 1) : item)
                    .map(this::code)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return code(raw);
    }

    private String code(String value) {
        return value.matches("[A-Z][A-Z0-9_]*") ? translated(value, "admin.module.", "role.", "admin.organization.kind.") : value;
    }

    private String action(AuditEntry e) {
        String key = "admin.audit.action." + e.action();
        String text = getTranslation(key);
        return (text.startsWith("!") ? e.action() : text) + " · " + translated(e.recordKind(), "admin.audit.record.") + " " + e.recordId();
    }

    private Component change(AuditEntry e) {
        Div change = new Div();
        change.setId("audit-" + e.id() + "-change");
        change.getStyle().set("font-size", "var(--lumo-font-size-s)").set("word-break", "break-word");
        if (e.reason() != null) {
            change.add(new Div(new Span(getTranslation("admin.audit.reason") + ": " + e.reason())));
        }
        for (AuditEntry.Change c : e.changes()) {
            Span property = new Span(translated(c.property(), "admin.audit.property.", "admin.organization.field.") + ": ");
            property.getStyle().set("color", "var(--lumo-secondary-text-color)");
            change.add(new Div(property, new Span(value(c.before()) + " → " + value(c.after()))));
        }
        return change;
    }
}
