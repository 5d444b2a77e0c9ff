package io.meterhub.dashboard.tariffs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.tariffs.BilledService;
import io.meterhub.cabinet.tariffs.Tariff;
import io.meterhub.cabinet.tariffs.TariffAdministration;
import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.OperatorFormat;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The price list (Тарифы): every service's prices by zone with the dates they hold, and a new price
 * from a day on (today or later: the months already charged keep their prices).
 */
@Menu(title = "nav.admin-tariffs", order = 33, icon = "vaadin:money")
@Route(value = "admin/tariffs", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class TariffsView extends ModulePage {
    public static final String LIST_ID = "tariff-list";
    public static final String SAVE_ID = "tariff-save";

    private final transient TariffAdministration tariffs;
    private final Div list = cards(LIST_ID);
    private transient List<BilledService> services = List.of();

    public TariffsView(AuthenticationContext authentication, StaffRights rights, TariffAdministration tariffs) {
        super("nav.admin-tariffs", authentication, rights);
        this.tariffs = tariffs;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        services = tariffs.services(viewer);
        int zones = tariffs.zoneCount(viewer);
        ComboBox<BilledService> service = new ComboBox<>(getTranslation("admin.tariffs.service"));
        service.setId("tariff-service");
        service.setItems(services);
        service.setItemLabelGenerator(this::name);
        ComboBox<Integer> zone = new ComboBox<>(getTranslation("admin.tariffs.zone"));
        zone.setId("tariff-zone");
        zone.setItemLabelGenerator(z -> zoneName(z, zones));
        service.addValueChangeListener(e -> {
            List<Integer> choices = e.getValue() == null ? List.of() : e.getValue().metered()
                    ? IntStream.rangeClosed(1, zones).boxed().toList() : List.of(0);
            zone.setItems(choices);
            zone.setValue(choices.isEmpty() ? null : choices.get(0));
        });
        DecimalField price = new DecimalField(getTranslation("admin.tariffs.price"), true, java.math.BigDecimal.ZERO, false);
        price.setId("tariff-price");
        DatePicker from = new DatePicker(getTranslation("admin.tariffs.from"));
        from.setId("tariff-from");
        from.setMin(tariffs.earliestStart(viewer));
        from.setValue(tariffs.earliestStart(viewer));
        Map<String, HasValidation> fields = Map.of("service", service, "zone", zone, "price", price, "validFrom", from);
        Button save = new Button(getTranslation("admin.tariffs.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            java.util.Optional<java.math.BigDecimal> typed = price.read();
            if (typed.isEmpty()) {
                return;
            }
            try {
                Tariff saved = tariffs.setPrice(viewer, service.getValue() == null ? "" : service.getValue().code(),
                        zone.getValue() == null ? -1 : zone.getValue(), typed.get(), from.getValue());
                Notification.show(getTranslation("admin.tariffs.saved", name(service.getValue()), OperatorFormat.date(saved.validFrom(), getLocale())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh(viewer, zones);
            } catch (InvalidFieldsException e) {
                for (FieldProblem p : e.problems()) {
                    HasValidation f = fields.get(p.field());
                    if (f != null) {
                        f.setErrorMessage(p.message(getLocale()));
                        f.setInvalid(true);
                    }
                }
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(service, zone, price, from);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 4));
        form.setMaxWidth("1000px");
        H3 newPrice = new H3(getTranslation("admin.tariffs.new"));
        newPrice.getStyle().set("margin", "0");
        add(note(getTranslation("admin.tariffs.lead"), null), newPrice, form, save, list);
        refresh(viewer, zones);
    }

    private void refresh(Viewer viewer, int zones) {
        list.removeAll();
        Map<String, List<Tariff>> byService = tariffs.priceList(viewer).stream()
                .collect(Collectors.groupingBy(Tariff::serviceCode, java.util.TreeMap::new, Collectors.toList()));
        for (BilledService service : services) {
            List<Tariff> prices = byService.get(service.code());
            if (prices == null) {
                continue;
            }
            Div card = card("tariffs-" + service.code());
            H3 title = new H3(name(service));
            title.getStyle().set("margin", "0 0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-l)");
            card.add(title);
            prices.stream().sorted(java.util.Comparator.comparing(Tariff::zone).thenComparing(Tariff::validFrom, java.util.Comparator.reverseOrder()))
                    .forEach(t -> card.add(line(service, t, zones)));
            list.add(card);
        }
    }

    private Div line(BilledService service, Tariff t, int zones) {
        String unit = getTranslation(service.metered() ? "admin.tariffs.per." + service.unit() : "admin.tariffs.per.month");
        String period = t.validTo() == null ? getTranslation("admin.tariffs.since", OperatorFormat.date(t.validFrom(), getLocale()))
                : getTranslation("admin.tariffs.between", OperatorFormat.date(t.validFrom(), getLocale()),
                OperatorFormat.date(t.validTo().minusDays(1), getLocale()));
        Div line = new Div();
        line.setText(zoneName(t.zone(), zones) + ": " + OperatorFormat.number(t.price(), getLocale()) + " " + unit + " · " + period);
        line.setId("tariff-" + t.id());
        if (t.validTo() != null) {
            line.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return line;
    }

    private String name(BilledService s) {
        return s == null ? "" : OperatorFormat.russian(getLocale()) ? s.nameRu() : s.nameEn();
    }

    /** One zone: "единый"; two: день, ночь; three: пик, полупик, ночь (the receipts name them so). */
    private String zoneName(int zone, int zones) {
        if (zone == 0) {
            return getTranslation("admin.tariffs.zone.monthly");
        }
        String kind = zones == 1 ? "single" : zones == 2 ? (zone == 1 ? "day" : "night") : zone == 1 ? "peak" : zone == 2 ? "half-peak" : "night";
        return "T" + zone + " (" + getTranslation("admin.tariffs.zone." + kind) + ")";
    }
}
