package io.meterhub.dashboard.coverage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.cabinet.coverage.CoverageUploadException;
import io.meterhub.cabinet.coverage.GeoJsonAreas;
import io.meterhub.cabinet.coverage.ServiceArea;
import io.meterhub.cabinet.coverage.UploadProblem;
import io.meterhub.cabinet.powercalculator.DeviceType;
import io.meterhub.cabinet.powercalculator.PowerCalculator;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.dashboard.ui.UploadTexts;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control panel's page of the public pages (module ORGANIZATION): the company's service areas uploaded as GeoJSON
 * (the file replaces the set; every problem of a refused file is listed by its feature) and the power calculator's
 * coincidence factors per device type, each change audited.
 */
@Menu(title = "nav.admin-coverage", order = 34, icon = "vaadin:map-marker")
@Route(value = CoverageAdminView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class CoverageAdminView extends ModulePage {
    public static final String ROUTE = "admin/coverage";
    public static final String UPLOAD_ID = "coverage-upload";
    public static final String MESSAGE_ID = "coverage-upload-message";
    public static final String PROBLEMS_ID = "coverage-upload-problems";
    public static final String AREAS_ID = "coverage-admin-areas";
    public static final String FACTORS_SAVE_ID = "power-factors-save";
    public static final String FACTORS_MESSAGE_ID = "power-factors-message";

    private final transient CoverageMap map;
    private final transient PowerCalculator calculator;
    private final Span message = new Span();
    private final Div problems = new Div();
    private final Div areas = new Div();
    private final Span factorsMessage = new Span();

    public CoverageAdminView(AuthenticationContext authentication, StaffRights rights, CoverageMap map, PowerCalculator calculator) {
        super("coverage.admin.title", authentication, rights);
        this.map = map;
        this.calculator = calculator;
        setWidthFull();
        viewer().ifPresent(this::build);
    }

    private void build(Viewer staff) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(staff, metadata.fileName(), bytes)));
        upload.setId(UPLOAD_ID);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GeoJsonAreas.MAX_BYTES);
        upload.setWidthFull();
        upload.setI18n(UploadTexts.documents(this, GeoJsonAreas.MAX_BYTES / 1024 / 1024 + " МБ", "connection.upload.one"));
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
        problems.setId(PROBLEMS_ID);
        Pre format = new Pre(getTranslation("coverage.admin.format"));
        format.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-xs)").set("margin", "0");
        Anchor open = new Anchor(PublicCoverageView.ROUTE, getTranslation("coverage.admin.open-public"));
        open.setId("coverage-admin-public");
        areas.setId(AREAS_ID);
        Div areasCard = card("coverage-admin-upload");
        areasCard.add(new H3(getTranslation("coverage.admin.areas")), new Span(getTranslation("coverage.admin.lead")), format, upload, message,
                problems, areas, open);
        add(areasCard, factorsCard(staff));
        showAreas(staff);
    }

    private void uploaded(Viewer staff, String fileName, byte[] bytes) {
        problems.removeAll();
        try {
            List<ServiceArea> saved = map.upload(staff, bytes, fileName);
            message.setText(getTranslation("coverage.admin.uploaded", saved.size()));
            message.getStyle().set("color", "var(--lumo-success-text-color)");
        } catch (CoverageUploadException refused) {
            message.setText(getTranslation("coverage.admin.refused"));
            message.getStyle().set("color", "var(--lumo-error-text-color)");
            int n = 0;
            for (UploadProblem problem : refused.problems()) {
                Div line = new Div(new Span(problem.message(getLocale())));
                line.setId(PROBLEMS_ID + "-" + n++);
                line.getStyle().set("color", "var(--lumo-error-text-color)");
                problems.add(line);
            }
        } catch (CabinetException refused) {
            message.setText(Texts.refusal(this, refused));
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        showAreas(staff);
    }

    private void showAreas(Viewer staff) {
        areas.removeAll();
        List<ServiceArea> current = map.areas(staff.organizationId());
        if (current.isEmpty()) {
            areas.add(new Span(getTranslation("coverage.none")));
        }
        for (ServiceArea area : current) {
            String office = area.office().map(o -> o.name() + (o.address() == null ? "" : ", " + o.address())).orElse(getTranslation("coverage.office.none"));
            Div line = new Div(new Span(area.name() + " · " + getTranslation("coverage.admin.settlements", area.settlements().size()) + " · " + office));
            line.setId("coverage-admin-area-" + area.id());
            areas.add(line);
        }
    }

    private Div factorsCard(Viewer staff) {
        Map<DeviceType, DecimalField> fields = new EnumMap<>(DeviceType.class);
        Map<DeviceType, BigDecimal> current = calculator.factors(staff.organizationId());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 3));
        for (DeviceType type : DeviceType.values()) {
            DecimalField field = new DecimalField(Texts.of(this, "power.type", type), true, BigDecimal.ZERO, true);
            field.setId("power-factor-" + type.name());
            field.show(current.get(type));
            field.setHelperText(getTranslation("power.factor.default", ConnectionFormat.number(type.defaultFactor(), getLocale())));
            fields.put(type, field);
            form.add(field);
        }
        factorsMessage.setId(FACTORS_MESSAGE_ID);
        Button save = new Button(getTranslation("power.factors.save"), click -> saveFactors(staff, fields));
        save.setId(FACTORS_SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = card("power-factors-card");
        card.add(new H3(getTranslation("power.factors.title")), new Span(getTranslation("power.factors.lead")), form, save, factorsMessage);
        return card;
    }

    /** Saves the factors that changed; a wrong one is marked on its field and nothing after it is saved. */
    private void saveFactors(Viewer staff, Map<DeviceType, DecimalField> fields) {
        Map<DeviceType, BigDecimal> current = calculator.factors(staff.organizationId());
        int changed = 0;
        for (Map.Entry<DeviceType, DecimalField> entry : fields.entrySet()) {
            Optional<BigDecimal> value = entry.getValue().read();
            if (value.isEmpty()) {
                factorsMessage.setText(getTranslation("connection.form.fix-fields"));
                return;
            }
            if (value.get().compareTo(current.get(entry.getKey())) == 0) {
                continue;
            }
            try {
                calculator.setFactor(staff, entry.getKey(), value.get());
                changed++;
            } catch (CabinetException refused) {
                entry.getValue().setErrorMessage(Texts.refusal(this, refused));
                entry.getValue().setInvalid(true);
                factorsMessage.setText(Texts.refusal(this, refused));
                return;
            }
        }
        factorsMessage.setText(getTranslation("power.factors.saved", changed));
    }
}
