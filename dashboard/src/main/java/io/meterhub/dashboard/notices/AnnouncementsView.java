package io.meterhub.dashboard.notices;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notices.Announcement;
import io.meterhub.cabinet.notices.AnnouncementDesk;
import io.meterhub.cabinet.notices.AnnouncementForm;
import io.meterhub.cabinet.notices.AudienceKind;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "Объявления": staff write an announcement for all the organization's customers, the houses of a street or a service's
 * customers, see how many it reaches and how it reads before publishing, then edit or withdraw it.
 */
@Menu(title = "nav.admin-announcements", order = 18, icon = "vaadin:megaphone")
@Route(value = AnnouncementsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ANNOUNCEMENTS)
public class AnnouncementsView extends DeskPage {
    public static final String ROUTE = "admin/announcements";
    public static final String PREFIX = "announcement";
    public static final String TITLE_ID = "announcement-title";
    public static final String TEXT_ID = "announcement-text";
    public static final String FROM_ID = "announcement-from";
    public static final String TO_ID = "announcement-to";
    public static final String AUDIENCE_ID = "announcement-audience";
    public static final String ADDRESS_ID = "announcement-address";
    public static final String SERVICE_ID = "announcement-service";
    public static final String EMAIL_ID = "announcement-email";
    public static final String SAMPLE_ID = "announcement-sample";

    private final transient NoticesFeature notices;
    private final transient Clock clock;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<AudienceKind> audience = new Select<>();
    private final TextField address = new TextField();
    private final Select<String> service = new Select<>();
    private final Checkbox emailCopy = new Checkbox();
    private final Div sample = new Div();

    public AnnouncementsView(AuthenticationContext authentication, StaffRights rights, NoticesFeature notices, Clock clock) {
        super("notices.announcements.title", authentication, rights, PREFIX);
        this.notices = notices;
        this.clock = clock;
        viewer().ifPresent(this::build);
    }

    private AnnouncementDesk desk() {
        return notices.announcements();
    }

    private void build(Viewer staff) {
        title.setId(TITLE_ID);
        title.setLabel(getTranslation("notices.announcement.title"));
        title.setMaxLength(AnnouncementDesk.MAX_TITLE);
        text.setId(TEXT_ID);
        text.setLabel(getTranslation("notices.announcement.text"));
        text.setHelperText(getTranslation("notices.announcement.text-hint"));
        text.setMaxLength(AnnouncementDesk.MAX_TEXT);
        text.setMinHeight("8em");
        from.setId(FROM_ID);
        from.setLabel(getTranslation("notices.announcement.from"));
        to.setId(TO_ID);
        to.setLabel(getTranslation("notices.announcement.to"));
        audience.setId(AUDIENCE_ID);
        audience.setLabel(getTranslation("notices.announcement.audience"));
        audience.setItems(AudienceKind.values());
        audience.setItemLabelGenerator(kind -> Texts.of(this, "notices.audience", kind));
        address.setId(ADDRESS_ID);
        address.setLabel(getTranslation("notices.announcement.address"));
        address.setHelperText(getTranslation("notices.address-hint"));
        service.setId(SERVICE_ID);
        service.setLabel(getTranslation("notices.service"));
        service.setItems(desk().services(staff));
        service.setItemLabelGenerator(this::serviceName);
        emailCopy.setId(EMAIL_ID);
        emailCopy.setLabel(getTranslation("notices.announcement.email"));
        audience.addValueChangeListener(change -> showAudienceFields());
        sample.setId(SAMPLE_ID);
        for (var field : java.util.List.of(title, text, address)) {
            field.setWidthFull();
        }
        service.setWidthFull();
        Div period = new Div(from, to);
        period.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        clear();
        preview.addClickListener(click -> {
            showReach(attempt(() -> desk().preview(staff, form())));
            showSample();
        });
        publish.addClickListener(click -> {
            Announcement saved = attempt(() -> editing == null ? desk().publish(staff, form()) : desk().edit(staff, editing, form()));
            if (saved != null) {
                clear();
                refresh(staff);
                reach.setText(getTranslation("notices.desk.published"));
            }
        });
        cancel.addClickListener(click -> clear());
        layout(title, text, period, audience, address, service, emailCopy, sample);
        refresh(staff);
    }

    private AnnouncementForm form() {
        return new AnnouncementForm(title.getValue(), text.getValue(), from.getValue(), to.getValue(), audience.getValue(), address.getValue(),
                service.getValue(), emailCopy.getValue());
    }

    private void showAudienceFields() {
        address.setVisible(audience.getValue() == AudienceKind.ADDRESS);
        service.setVisible(audience.getValue() == AudienceKind.SERVICE);
    }

    /** The announcement as a customer will read it: the text escaped, its line breaks kept. */
    private void showSample() {
        sample.removeAll();
        if (title.getValue().isBlank() && text.getValue().isBlank()) {
            return;
        }
        Span heading = new Span(title.getValue());
        heading.getStyle().set("font-weight", "600");
        Paragraph body = new Paragraph(text.getValue());
        body.getStyle().set("white-space", "pre-line").set("margin", "0").set("overflow-wrap", "anywhere");
        sample.add(entry(SAMPLE_ID + "-card", CustomerNotices.secondary(getTranslation("notices.desk.sample")), heading, body));
    }

    private void clear() {
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        title.clear();
        text.clear();
        from.setValue(today);
        to.setValue(today.plusDays(14));
        audience.setValue(AudienceKind.ALL);
        address.clear();
        service.clear();
        emailCopy.setValue(false);
        sample.removeAll();
        showAudienceFields();
        editing(null);
    }

    private java.time.ZoneId zone() {
        return viewer().map(v -> notices.outages().zone(v)).orElse(java.time.ZoneOffset.UTC);
    }

    private void edit(Announcement a) {
        title.setValue(a.title());
        text.setValue(a.text());
        from.setValue(a.validFrom());
        to.setValue(a.validTo());
        audience.setValue(a.audience());
        address.setValue(a.addressLine().orElse(""));
        if (a.serviceCode() != null) {
            service.setValue(a.serviceCode());
        }
        emailCopy.setValue(a.emailCopy());
        showAudienceFields();
        editing(a.id());
        title.focus();
    }

    private void refresh(Viewer staff) {
        list.removeAll();
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        java.util.List<Announcement> all = desk().list(staff);
        if (all.isEmpty()) {
            list.add(note(getTranslation("notices.announcements.none"), null));
        }
        for (Announcement a : all) {
            String state = a.withdrawn() ? "WITHDRAWN" : today.isBefore(a.validFrom()) ? "PLANNED" : today.isAfter(a.validTo()) ? "ENDED" : "ON";
            Span heading = new Span(a.title());
            heading.getStyle().set("font-weight", "600");
            Div head = new Div(heading, badge(getTranslation("notices.state." + state), "ON".equals(state) ? "success" : "contrast"));
            head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
            Div entry = entry(PREFIX + "-" + a.id(), head, CustomerNotices.secondary(NoticeFormat.period(this, a) + " · " + audience(a)));
            if (!a.withdrawn()) {
                entry.add(actions(PREFIX + "-" + a.id(), () -> edit(a), () -> {
                    attempt(() -> {
                        desk().withdraw(staff, a.id());
                        return true;
                    });
                    clear();
                    refresh(staff);
                }));
            }
            list.add(entry);
        }
    }

    private String audience(Announcement a) {
        String who = switch (a.audience()) {
            case ALL -> getTranslation("notices.audience.ALL");
            case ADDRESS -> NoticeFormat.range(this, a.address());
            case SERVICE -> serviceName(a.serviceCode());
        };
        return a.emailCopy() ? who + " · " + getTranslation("notices.announcement.emailed") : who;
    }
}
