package io.meterhub.dashboard.notices;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notices.AddressRange;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notices.OutageDesk;
import io.meterhub.cabinet.notices.OutageForm;
import io.meterhub.cabinet.notices.OutagePhase;
import io.meterhub.cabinet.notices.PlannedOutage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Плановые отключения": staff give the service, the local start and end, the reason and the houses (a street with its house
 * range a line), see how many accounts and users it touches, publish it (each customer touched is told once), edit or withdraw it.
 */
@Menu(title = "nav.admin-outages", order = 19, icon = "vaadin:plug")
@Route(value = OutagesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ANNOUNCEMENTS)
public class OutagesView extends DeskPage {
    public static final String ROUTE = "admin/outages";
    public static final String PREFIX = "outage";
    public static final String SERVICE_ID = "outage-service";
    public static final String START_ID = "outage-start";
    public static final String END_ID = "outage-end";
    public static final String REASON_ID = "outage-reason";
    public static final String ADDRESSES_ID = "outage-addresses";

    private final transient NoticesFeature notices;
    private final transient Clock clock;
    private final Select<String> service = new Select<>();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final TextArea reason = new TextArea();
    private final TextArea addresses = new TextArea();

    public OutagesView(AuthenticationContext authentication, StaffRights rights, NoticesFeature notices, Clock clock) {
        super("notices.outages.title", authentication, rights, PREFIX);
        this.notices = notices;
        this.clock = clock;
        viewer().ifPresent(this::build);
    }

    private OutageDesk desk() {
        return notices.outages();
    }

    private void build(Viewer staff) {
        service.setId(SERVICE_ID);
        service.setLabel(getTranslation("notices.service"));
        service.setItems(desk().services(staff));
        service.setItemLabelGenerator(this::serviceName);
        start.setId(START_ID);
        start.setLabel(getTranslation("notices.outage.start", desk().zone(staff).getId()));
        end.setId(END_ID);
        end.setLabel(getTranslation("notices.outage.end"));
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setStep(java.time.Duration.ofMinutes(30));
            picker.setWidthFull();
            picker.setMaxWidth("24em");
        }
        reason.setId(REASON_ID);
        reason.setLabel(getTranslation("notices.outage.reason"));
        reason.setMaxLength(OutageDesk.MAX_REASON);
        addresses.setId(ADDRESSES_ID);
        addresses.setLabel(getTranslation("notices.outage.addresses"));
        addresses.setHelperText(getTranslation("notices.outage.addresses-hint"));
        addresses.setMinHeight("6em");
        for (var field : List.of(reason, addresses)) {
            field.setWidthFull();
        }
        service.setWidthFull();
        clear(staff);
        preview.addClickListener(click -> showReach(attempt(() -> desk().preview(staff, form()))));
        publish.addClickListener(click -> {
            PlannedOutage saved = attempt(() -> editing == null ? desk().publish(staff, form()) : desk().edit(staff, editing, form()));
            if (saved != null) {
                clear(staff);
                refresh(staff);
                reach.setText(getTranslation("notices.desk.published"));
            }
        });
        cancel.addClickListener(click -> clear(staff));
        layout(service, start, end, reason, addresses);
        refresh(staff);
    }

    private OutageForm form() {
        return new OutageForm(service.getValue(), reason.getValue(), start.getValue(), end.getValue(), addresses.getValue());
    }

    private void clear(Viewer staff) {
        List<String> services = desk().services(staff);
        service.setValue(services.isEmpty() ? null : services.get(0));
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(desk().zone(staff))).truncatedTo(ChronoUnit.DAYS).plusDays(1);
        start.setValue(tomorrow.withHour(9));
        end.setValue(tomorrow.withHour(17));
        reason.clear();
        addresses.clear();
        editing(null);
    }

    private void edit(PlannedOutage o) {
        service.setValue(o.serviceCode());
        start.setValue(o.localStart());
        end.setValue(o.localEnd());
        reason.setValue(o.reason());
        addresses.setValue(String.join("\n", o.addressLines()));
        editing(o.id());
        reason.focus();
    }

    private void refresh(Viewer staff) {
        list.removeAll();
        List<PlannedOutage> all = desk().list(staff);
        if (all.isEmpty()) {
            list.add(note(getTranslation("notices.outages.none"), null));
        }
        for (PlannedOutage o : all) {
            OutagePhase phase = o.phase(clock.instant());
            Span what = new Span(serviceName(o.serviceCode()) + ": " + NoticeFormat.span(this, o));
            what.getStyle().set("font-weight", "600");
            Div head = new Div(what, o.withdrawn() ? badge(getTranslation("notices.state.WITHDRAWN"), "contrast")
                    : badge(getTranslation("notices.phase." + phase.name()), phase == OutagePhase.CURRENT ? "error" : "contrast"));
            head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
            Div entry = entry(PREFIX + "-" + o.id(), head, new Span(getTranslation("notices.reason", o.reason())),
                    CustomerNotices.secondary(getTranslation("notices.addresses", o.addresses().stream().map(this::range)
                            .collect(Collectors.joining("; ")))));
            if (!o.withdrawn()) {
                entry.add(actions(PREFIX + "-" + o.id(), () -> edit(o), () -> {
                    attempt(() -> {
                        desk().withdraw(staff, o.id());
                        return true;
                    });
                    clear(staff);
                    refresh(staff);
                }));
            }
            list.add(entry);
        }
    }

    private String range(AddressRange range) {
        return NoticeFormat.range(this, range);
    }
}
