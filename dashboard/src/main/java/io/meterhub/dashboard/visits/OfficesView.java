package io.meterhub.dashboard.visits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.visits.DayHours;
import io.meterhub.cabinet.visits.Office;
import io.meterhub.cabinet.visits.OfficeAdmin;
import io.meterhub.cabinet.visits.OfficeForm;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The organization's offices where customers come (module ORGANIZATION): name, address, hours per weekday with an
 * optional lunch break, slot length, staff receiving at once, and coordinates for a map; every change audited.
 */
@Menu(title = "nav.admin-offices", order = 34, icon = "vaadin:office")
@Route(value = OfficesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class OfficesView extends ModulePage {
    public static final String ROUTE = "admin/offices";
    public static final String LIST_ID = "offices";
    public static final String NEW_ID = "offices-new";
    public static final String FORM_TITLE_ID = "office-form-title";
    public static final String NAME_ID = "office-name";
    public static final String ADDRESS_ID = "office-address";
    public static final String SLOT_ID = "office-slot";
    public static final String STAFF_ID = "office-staff";
    public static final String LATITUDE_ID = "office-latitude";
    public static final String LONGITUDE_ID = "office-longitude";
    public static final String SAVE_ID = "office-save";
    public static final String MESSAGE_ID = "office-message";
    public static final String ERROR_ID = "office-error";

    private final transient VisitsFeature visits;
    private final Div list = cards(LIST_ID);
    private final H3 formTitle = new H3();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final IntegerField slot = new IntegerField();
    private final IntegerField staffCount = new IntegerField();
    private final TextField latitude = new TextField();
    private final TextField longitude = new TextField();
    private final Map<DayOfWeek, TextField> hours = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TextField> breaks = new EnumMap<>(DayOfWeek.class);
    private final Span message = new Span();
    private final Span error = new Span();
    private long editing;

    public static String hoursId(DayOfWeek day) {
        return "office-hours-" + day.name();
    }

    public static String breakId(DayOfWeek day) {
        return "office-break-" + day.name();
    }

    public OfficesView(AuthenticationContext authentication, StaffRights rights, VisitsFeature visits) {
        super("visits.offices.title", authentication, rights);
        this.visits = visits;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        add(note(getTranslation("visits.offices.hint"), null));
        Button create = new Button(getTranslation("visits.offices.new"), click -> edit(null));
        create.setId(NEW_ID);
        add(create, list);
        Div form = new Div();
        form.setWidthFull();
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)").set("max-width", "560px");
        formTitle.setId(FORM_TITLE_ID);
        formTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        field(name, NAME_ID, "visits.offices.name");
        field(address, ADDRESS_ID, "visits.offices.address");
        slot.setId(SLOT_ID);
        slot.setLabel(getTranslation("visits.offices.slot"));
        staffCount.setId(STAFF_ID);
        staffCount.setLabel(getTranslation("visits.offices.staff"));
        latitude.setId(LATITUDE_ID);
        latitude.setLabel(getTranslation("visits.offices.latitude"));
        longitude.setId(LONGITUDE_ID);
        longitude.setLabel(getTranslation("visits.offices.longitude"));
        form.add(formTitle, name, address, row(slot, staffCount), row(latitude, longitude));
        Span weekHint = new Span(getTranslation("visits.offices.hours-hint"));
        weekHint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        form.add(weekHint);
        Locale locale = Texts.locale();
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField open = new TextField(capitalized(day.getDisplayName(TextStyle.FULL_STANDALONE, locale)));
            open.setId(hoursId(day));
            open.setPlaceholder("09:00–18:00");
            TextField lunch = new TextField(getTranslation("visits.offices.break"));
            lunch.setId(breakId(day));
            lunch.setPlaceholder("13:00–14:00");
            hours.put(day, open);
            breaks.put(day, lunch);
            form.add(row(open, lunch));
        }
        message.setId(MESSAGE_ID);
        message.getStyle().set("color", "var(--lumo-success-text-color)");
        error.setId(ERROR_ID);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("visits.offices.save"), click -> save(staff));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(error, save, message);
        add(form);
        refresh(staff);
        edit(null);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
    }

    private static Div row(com.vaadin.flow.component.Component... fields) {
        Div row = new Div(fields);
        row.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr").set("gap", "var(--lumo-space-s)");
        for (com.vaadin.flow.component.Component field : fields) {
            field.getElement().getStyle().set("min-width", "0");
        }
        return row;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void refresh(Viewer staff) {
        list.removeAll();
        for (Office office : visits.offices().offices(staff)) {
            Div card = card("office-" + office.id());
            Span title = new Span(office.name());
            title.getStyle().set("font-weight", "600");
            Button edit = new Button(getTranslation("visits.offices.edit"), click -> edit(office));
            edit.setId("office-" + office.id() + "-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(new Div(title), new Div(new Span(office.address())), new Div(new Span(VisitFacts.week(office))),
                    new Div(new Span(getTranslation("visits.offices.summary", office.slotMinutes(), office.staffCount()))), edit);
            list.add(card);
        }
    }

    private void edit(Office office) {
        editing = office == null ? 0 : office.id();
        message.setText("");
        error.setText("");
        formTitle.setText(office == null ? getTranslation("visits.offices.new") : getTranslation("visits.offices.editing", office.name()));
        name.setValue(office == null ? "" : office.name());
        address.setValue(office == null ? "" : office.address());
        slot.setValue(office == null ? 30 : office.slotMinutes());
        staffCount.setValue(office == null ? 1 : office.staffCount());
        latitude.setValue(office == null || office.latitude() == null ? "" : String.valueOf(office.latitude()));
        longitude.setValue(office == null || office.longitude() == null ? "" : String.valueOf(office.longitude()));
        for (DayOfWeek day : DayOfWeek.values()) {
            DayHours h = office == null ? null : office.hours().get(day);
            hours.get(day).setValue(h == null ? "" : h.hoursText());
            breaks.get(day).setValue(h == null ? "" : h.breakText());
        }
    }

    private void save(Viewer staff) {
        message.setText("");
        error.setText("");
        try {
            Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
            Locale locale = Texts.locale();
            for (DayOfWeek day : DayOfWeek.values()) {
                try {
                    DayHours.parse(hours.get(day).getValue(), breaks.get(day).getValue()).ifPresent(h -> week.put(day, h));
                } catch (CabinetException refusal) {
                    throw new DayRefusal(capitalized(day.getDisplayName(TextStyle.FULL_STANDALONE, locale)) + ": " + Texts.refusal(this, refusal));
                }
            }
            Office saved = visits.offices().save(staff, new OfficeForm(editing, name.getValue(), address.getValue(), slot.getValue(),
                    staffCount.getValue(), coordinate(latitude), coordinate(longitude), week));
            refresh(staff);
            edit(saved);
            message.setText(getTranslation("visits.offices.saved", saved.name()));
        } catch (DayRefusal refusal) {
            error.setText(refusal.getMessage());
        } catch (CabinetException refusal) {
            error.setText(Texts.refusal(this, refusal));
        }
    }

    private static Double coordinate(TextField field) {
        String text = field.getValue() == null ? "" : field.getValue().strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(OfficeAdmin.COORDINATES_INVALID);
        }
    }

    /** A weekday's hours refused, with the weekday's name before the reason. */
    private static final class DayRefusal extends RuntimeException {
        DayRefusal(String message) {
            super(message, null, false, false);
        }
    }
}
