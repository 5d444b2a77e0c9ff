package io.meterhub.dashboard.organizations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.organizations.BilledServiceWindow;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.tariffs.BilledService;
import io.meterhub.cabinet.tariffs.TariffAdministration;
import io.meterhub.dashboard.ui.OperatorFormat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the organization bills, each with the days its readings are taken when they differ from
 * the organization's window (empty days: the organization's window).
 */
final class ServicesSection extends Div {
    static final String SAVE_ID = "services-save";

    private record Row(Checkbox billed, IntegerField first, IntegerField last) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    ServicesSection(Viewer viewer, OrganizationService organizations, TariffAdministration catalog) {
        setWidthFull();
        add(OrganizationView.section(getTranslation("admin.organization.section.services")));
        Map<String, BilledServiceWindow> billed = new LinkedHashMap<>();
        organizations.billedServices(viewer, viewer.organizationId()).forEach(s -> billed.put(s.serviceCode(), s));
        for (BilledService service : catalog.services(viewer)) {
            Optional<BilledServiceWindow> current = Optional.ofNullable(billed.get(service.code()));
            Checkbox bills = new Checkbox(OperatorFormat.russian(getLocale()) ? service.nameRu() : service.nameEn(), current.isPresent());
            bills.setId("service-" + service.code());
            IntegerField first = day("service-" + service.code() + "-first", "admin.organization.service.first",
                    current.map(BilledServiceWindow::windowFirstDay).orElse(null));
            IntegerField last = day("service-" + service.code() + "-last", "admin.organization.service.last",
                    current.map(BilledServiceWindow::windowLastDay).orElse(null));
            first.setVisible(service.metered());
            last.setVisible(service.metered());
            Div line = new Div(bills, first, last);
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline").set("gap", "var(--lumo-space-s)");
            add(line);
            rows.put(service.code(), new Row(bills, first, last));
        }
        Button save = new Button(getTranslation("admin.organization.services.save"), click -> save(viewer, organizations));
        save.setId(SAVE_ID);
        add(OrganizationView.hint(getTranslation("admin.organization.services.hint")), save);
    }

    private IntegerField day(String id, String placeholderKey, Integer value) {
        IntegerField field = new IntegerField();
        field.setId(id);
        field.setPlaceholder(getTranslation(placeholderKey));
        field.setMin(1);
        field.setMax(31);
        field.setWidth("9em");
        field.setValue(value);
        return field;
    }

    private void save(Viewer viewer, OrganizationService organizations) {
        List<BilledServiceWindow> chosen = new ArrayList<>();
        rows.forEach((code, row) -> {
            row.first().setInvalid(false);
            if (row.billed().getValue()) {
                chosen.add(new BilledServiceWindow(code, row.first().getValue(), row.last().getValue()));
            }
        });
        try {
            organizations.setBilledServices(viewer, viewer.organizationId(), chosen);
            Notification.show(getTranslation("admin.organization.services.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidFieldsException e) {
            for (FieldProblem p : e.problems()) {
                Row row = rows.get(p.field().substring("service.".length()));
                if (row != null) {
                    row.first().setErrorMessage(p.message(getLocale()));
                    row.first().setInvalid(true);
                }
            }
        } catch (CabinetException e) {
            Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
