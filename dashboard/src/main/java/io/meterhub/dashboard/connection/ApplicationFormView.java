package io.meterhub.dashboard.connection;

import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.ApplicantStep;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ApplicationStep;
import io.meterhub.cabinet.connection.AuthorSide;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.MissingItem;
import io.meterhub.cabinet.connection.ObjectStep;
import io.meterhub.cabinet.connection.OrganizationChoice;
import io.meterhub.cabinet.connection.PowerStep;
import io.meterhub.cabinet.connection.WorkflowAction;
import io.meterhub.cabinet.registration.ApplicantProfile;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.DecimalField;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.connection.staff.StaffApplicationView;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.registration.RegistrationView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application form in four steps: 1) the applicant (from the profile; a representative, if one
 * files), 2) the object, 3) the power receiving devices, 4) the documents and the supplier, then
 * "Submit". Each step is saved as a draft when the user moves on (forward, back or to another step)
 * or presses "Save draft", so leaving and coming back finds it as it was. A field the service refuses
 * says why on itself; a refused submission lists what is missing, each with a link to its step.
 * Staff of the grid company fill a paper application's form the same way.
 */
@Route(value = ApplicationFormView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.CUSTOMER_NAME, Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class ApplicationFormView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "connection/applications/:id([0-9]{1,18})/form/:step([1-4])";
    public static final String STEPS_ID = "form-steps";
    public static final String MESSAGE_ID = "form-message";
    public static final String MISSING_ID = "form-missing";
    public static final String BACK_ID = "form-back";
    public static final String SAVE_ID = "form-save";
    public static final String NEXT_ID = "form-next";
    public static final String SUBMIT_ID = "form-submit";
    public static final String REPRESENTATIVE_ID = "form-by-representative";
    public static final String REPRESENTATIVE_NAME_ID = "form-representative-name";
    public static final String ADDRESS_ID = "form-address";
    public static final String CADASTRAL_ID = "form-cadastral";
    public static final String OBJECT_KIND_ID = "form-object-kind";
    public static final String MAX_POWER_ID = "form-max-power";
    public static final String CONNECTED_ID = "form-connected-power";
    public static final String VOLTAGE_ID = "form-voltage";
    public static final String RELIABILITY_ID = "form-reliability";
    public static final String CONNECTION_KIND_ID = "form-connection-kind";
    public static final String SUPPLIER_ID = "form-supplier";
    public static final String UPLOAD_ID = "form-document";
    public static final String DOCUMENTS_ID = "form-documents";

    private final transient ConnectionFeature service;
    private final transient ConnectionSettings settings;
    private final Span message = new Span();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private transient ApplicationDetail detail;
    private long applicationId;
    private int step;
    /** The power calculator's result, shown in step 3 while the application has no maximum power yet. */
    private transient Optional<java.math.BigDecimal> prefillPower = Optional.empty();
    /** Saves what the current step shows; false (with the fields marked) when the service refused it. */
    private transient java.util.function.BooleanSupplier saveStep = () -> true;

    public ApplicationFormView(AuthenticationContext authentication, ConnectionFeature service, ConnectionSettings settings) {
        super("connection.form.title", authentication);
        this.service = service;
        this.settings = settings;
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
    }

    /** The address of step {@code step} (1 to 4) of an application's form. */
    public static String route(long applicationId, int step) {
        return "connection/applications/" + applicationId + "/form/" + step;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("id").orElse(-1L);
        step = event.getRouteParameters().getInteger("step").orElse(1);
        prefillPower = PowerPrefill.read(event.getLocation());
        try {
            detail = service.queries().application(viewer, applicationId);
        } catch (AccessDeniedException e) {
            showNotFound(e.code());
            return;
        }
        if (!detail.actions().contains(WorkflowAction.EDIT)) {
            event.forwardTo(viewer.role().worksForOrganization() ? StaffApplicationView.route(applicationId) : ApplicationView.route(applicationId));
            return;
        }
        render();
    }

    private void render() {
        reset();
        fields.clear();
        message.setText("");
        Span number = secondary((detail.summary().number() == null ? getTranslation("connection.draft") : detail.summary().number())
                + " · " + detail.summary().organizationName() + " · " + getTranslation("connection.form.saved-as-you-go"));
        add(number, steps(), new io.meterhub.dashboard.ui.HelpLink("connection-application"));
        switch (step) {
            case 1 -> applicantStep();
            case 2 -> objectStep();
            case 3 -> powerStep();
            default -> documentsStep();
        }
        add(message, buttons());
    }

    private Div steps() {
        Div steps = new Div();
        steps.setId(STEPS_ID);
        steps.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        ApplicationStep[] all = ApplicationStep.values();
        for (int i = 1; i <= all.length; i++) {
            int target = i;
            Button button = new Button(i + ". " + getTranslation("connection.step." + all[i - 1].name()), click -> go(target));
            button.setId(STEPS_ID + "-" + i);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, i == step ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("aria-current", i == step ? "step" : "false");
            steps.add(button);
        }
        return steps;
    }

    private HorizontalLayout buttons() {
        HorizontalLayout buttons = ApplicationFacts.row();
        if (step > 1) {
            Button back = new Button(getTranslation("connection.form.back"), click -> go(step - 1));
            back.setId(BACK_ID);
            buttons.add(back);
        }
        Button save = new Button(getTranslation("connection.form.save"), click -> {
            if (saveStep.getAsBoolean()) {
                show(getTranslation("connection.form.saved"), false);
            }
        });
        save.setId(SAVE_ID);
        buttons.add(save);
        if (step < 4) {
            Button next = new Button(getTranslation("connection.form.next"), click -> go(step + 1));
            next.setId(NEXT_ID);
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(next);
        } else if (detail.actions().contains(WorkflowAction.SUBMIT)) {
            Button submit = new Button(getTranslation("connection.form.submit"), click -> submit());
            submit.setId(SUBMIT_ID);
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(submit);
        } else if (detail.actions().contains(WorkflowAction.RESUBMIT)) {
            Button resubmit = new Button(getTranslation("connection.application.resubmit"), click -> resubmit());
            resubmit.setId(SUBMIT_ID);
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            buttons.add(resubmit);
        }
        return buttons;
    }

    /** Saves the step shown, then opens {@code target}; stays (fields marked) when the save is refused. */
    private void go(int target) {
        if (saveStep.getAsBoolean()) {
            getUI().ifPresent(ui -> PowerPrefill.navigate(ui, route(applicationId, target), prefillPower));
        }
    }

    // ---- step 1

    private void applicantStep() {
        ApplicantProfile profile = detail.applicant() == null ? null : detail.applicant().profile();
        Div box = card(new H3(getTranslation("connection.step.APPLICANT")));
        if (profile != null) {
            FormStepFields.profileFacts(this, profile).forEach(box::add);
            box.add(secondary(getTranslation("connection.form.from-profile")));
            if (!profile.phoneConfirmed() && viewer.role() == io.meterhub.cabinet.access.Role.CUSTOMER) {
                Div warning = new Div(new Span(getTranslation("connection.form.phone-unconfirmed") + " "),
                        new RouterLink(getTranslation("connection.form.confirm-phone"), RegistrationView.class));
                warning.setId("form-phone-unconfirmed");
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                box.add(warning);
            }
        }
        Checkbox byRepresentative = new Checkbox(getTranslation("connection.form.by-representative"));
        byRepresentative.setId(REPRESENTATIVE_ID);
        TextField representative = new TextField(getTranslation("connection.representative"));
        representative.setId(REPRESENTATIVE_NAME_ID);
        representative.setWidthFull();
        representative.setHelperText(getTranslation("connection.form.representative.help"));
        boolean by = detail.applicant() != null && detail.applicant().byRepresentative();
        byRepresentative.setValue(by);
        representative.setValue(detail.applicant() == null || detail.applicant().representativeName() == null ? "" : detail.applicant().representativeName());
        representative.setVisible(by);
        byRepresentative.addValueChangeListener(change -> representative.setVisible(change.getValue()));
        fields.put("representativeName", representative);
        box.add(byRepresentative, representative);
        add(box);
        saveStep = () -> save(() -> service.form().saveApplicant(viewer, applicationId,
                new ApplicantStep(byRepresentative.getValue(), byRepresentative.getValue() ? representative.getValue() : null)));
    }

    // ---- steps 2 and 3

    private void objectStep() {
        FormStepFields.Step<ObjectStep> object = FormStepFields.object(this, detail.object());
        fields.putAll(object.fields());
        add(card(new H3(getTranslation("connection.step.OBJECT")), object.form()));
        saveStep = () -> save(() -> service.form().saveObject(viewer, applicationId, object.value().get().orElseThrow()));
    }

    private void powerStep() {
        FormStepFields.Step<PowerStep> power = FormStepFields.power(this, detail.power());
        fields.putAll(power.fields());
        if (detail.power() == null || detail.power().maxPowerKw() == null) {
            prefillPower.ifPresent(kw -> ((DecimalField) power.fields().get("maxPowerKw")).show(kw));
        }
        add(card(new H3(getTranslation("connection.step.POWER")), power.form()));
        saveStep = () -> {
            Optional<PowerStep> value = power.value().get();
            if (value.isEmpty()) {
                show(getTranslation("connection.form.fix-fields"), true);
                return false;
            }
            return save(() -> service.form().savePower(viewer, applicationId, value.get()));
        };
    }

    // ---- step 4

    private void documentsStep() {
        Div documents = new Div();
        documents.setId(DOCUMENTS_ID);
        documents.setWidthFull();
        for (ApplicationDocument document : detail.documents()) {
            if (document.messageId() != null) {
                continue;
            }
            Div line = DocumentLinks.link(this, service, viewer, applicationId, document);
            boolean own = (document.uploadedBy() == AuthorSide.APPLICANT) != viewer.role().worksForOrganization();
            if (own) {
                Button remove = new Button(getTranslation("connection.documents.remove"), click -> {
                    try {
                        service.documents().removeDocument(viewer, applicationId, document.id());
                        reload();
                    } catch (CabinetException e) {
                        show(Texts.refusal(this, e), true);
                    }
                });
                remove.setId("doc-remove-" + document.id());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            documents.add(line);
        }
        if (documents.getChildren().findAny().isEmpty()) {
            documents.add(secondary(getTranslation("connection.documents.none")));
        }
        List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN, DocumentKind.POWER_OF_ATTORNEY,
                DocumentKind.OTHER));
        if (viewer.role().worksForOrganization()) {
            kinds.add(0, DocumentKind.SCAN);
        }
        DocumentUpload upload = new DocumentUpload(UPLOAD_ID, kinds, settings.maxDocumentBytes(),
                document -> service.documents().attach(viewer, applicationId, document), this::reload);
        Div required = new Div(secondary(getTranslation(detail.applicant() != null && detail.applicant().byRepresentative()
                ? "connection.documents.required.representative" : "connection.documents.required")));

        Select<OrganizationChoice> supplier = new Select<>();
        supplier.setId(SUPPLIER_ID);
        supplier.setLabel(getTranslation("connection.supplier"));
        supplier.setHelperText(getTranslation("connection.supplier.help"));
        List<OrganizationChoice> suppliers = service.form().suppliers();
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(OrganizationChoice::name);
        supplier.setRequiredIndicatorVisible(true);
        if (detail.supplier() != null) {
            suppliers.stream().filter(s -> s.id().equals(detail.supplier().id())).findFirst().ifPresent(supplier::setValue);
        }
        fields.put("supplier", supplier);
        add(card(new H3(getTranslation("connection.step.DOCUMENTS")), required, documents, upload),
                card(new H3(getTranslation("connection.supplier")), supplier));
        if (!detail.missing().isEmpty()) {
            add(missing(detail.missing()));
        }
        saveStep = () -> supplier.getValue() == null || (detail.supplier() != null && detail.supplier().id().equals(supplier.getValue().id()))
                || save(() -> service.form().saveSupplier(viewer, applicationId, supplier.getValue().id()));
    }

    /** The document list and the missing items again after an upload or a removal; the supplier chosen stays as saved. */
    private void reload() {
        detail = service.queries().application(viewer, applicationId);
        String kept = message.getText();
        render();
        message.setText(kept);
    }

    private void submit() {
        if (!saveStep.getAsBoolean()) {
            return;
        }
        try {
            service.workflow().submit(viewer, applicationId);
        } catch (CabinetException e) {
            detail = service.queries().application(viewer, applicationId);
            render();
            show(Texts.refusal(this, e), true);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(viewer.role().worksForOrganization() ? StaffApplicationView.route(applicationId)
                : ApplicationView.route(applicationId)));
    }

    private void resubmit() {
        if (!saveStep.getAsBoolean()) {
            return;
        }
        try {
            service.workflow().resubmit(viewer, applicationId);
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.route(applicationId)));
        } catch (CabinetException e) {
            show(Texts.refusal(this, e), true);
        }
    }

    /** What a submission still lacks, each with a link to its step. */
    private Div missing(List<MissingItem> items) {
        Div box = card(new H3(getTranslation("connection.form.missing")));
        box.setId(MISSING_ID);
        int n = 0;
        for (MissingItem item : items) {
            Span text = new Span(item.message(Texts.locale()) + " — ");
            RouterLink link = new RouterLink(getTranslation("connection.step." + item.step().name()), ApplicationFormView.class,
                    new com.vaadin.flow.router.RouteParameters(Map.of("id", Long.toString(applicationId),
                            "step", Integer.toString(item.step().ordinal() + 1))));
            Div line = new Div(text, link);
            line.setId(MISSING_ID + "-" + n++);
            box.add(line);
        }
        box.getStyle().set("border-color", "var(--lumo-error-color-50pct)");
        return box;
    }

    /** Runs a save; a refused form marks each field it names (and says so), other refusals are said below the form. */
    private boolean save(Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (FormRejectedException e) {
            List<String> unplaced = new ArrayList<>();
            for (FieldProblem problem : e.problems()) {
                String text = problem.message(Texts.locale());
                HasValidation field = fields.get(problem.field());
                if (field == null) {
                    unplaced.add(text);
                } else {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
            }
            show(unplaced.isEmpty() ? getTranslation("connection.form.fix-fields") : String.join("; ", unplaced), true);
            return false;
        } catch (CabinetException e) {
            show(Texts.refusal(this, e), true);
            return false;
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
