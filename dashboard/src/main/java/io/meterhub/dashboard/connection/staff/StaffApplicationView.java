package io.meterhub.dashboard.connection.staff;

import io.meterhub.cabinet.connection.PaperConfirmationState;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.dashboard.ui.RequiresModule;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.WorkflowAction;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.services.CurrentViewer;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.connection.ApplicationFacts;
import io.meterhub.dashboard.connection.ApplicationFormView;
import io.meterhub.dashboard.connection.DocumentLinks;
import io.meterhub.dashboard.connection.DocumentUpload;
import io.meterhub.dashboard.connection.ApplicationThreadPanel;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.dashboard.ui.OperatorPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.dashboard.ui.ForOrganizations;

import java.util.List;
import java.util.function.Supplier;

/**
 * One application for the grid company's staff or the chosen supplier's: its status and deadline,
 * the workflow actions the service allows now (each button only when allowed: take under review,
 * request missing documents with a text, upload the technical conditions and offer, mark paid, start
 * the work, mark connected, refuse with a reason; a paper application's form), all its data and
 * documents, the data as a file to download, the thread of messages and the history.
 */
@RequiresModule(StaffModule.APPEALS)
@ForOrganizations(OrganizationKind.GRID_COMPANY)
@Route(value = StaffApplicationView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME})
public class StaffApplicationView extends OperatorPage implements BeforeEnterObserver {
    public static final String ROUTE = "connection/queue/:id([0-9]{1,18})";
    public static final String BODY_ID = "staff-application";
    public static final String NOT_FOUND_ID = "staff-application-not-found";
    public static final String ACTIONS_ID = "staff-actions";
    public static final String MESSAGE_ID = "staff-action-message";
    public static final String OPEN_FORM_ID = "staff-open-form";
    public static final String START_REVIEW_ID = "staff-start-review";
    public static final String REQUEST_TEXT_ID = "staff-request-text";
    public static final String REQUEST_ID = "staff-request";
    public static final String DOCUMENT_UPLOAD_ID = "staff-document";
    public static final String OFFER_ID = "staff-offer";
    public static final String MARK_PAID_ID = "staff-mark-paid";
    public static final String START_WORK_ID = "staff-start-work";
    public static final String MARK_CONNECTED_ID = "staff-mark-connected";
    public static final String REFUSE_REASON_ID = "staff-refuse-reason";
    public static final String REFUSE_ID = "staff-refuse";
    public static final String AWAITING_ID = "staff-paper-awaiting";
    public static final String EXPORT_ID = "staff-export";
    public static final String DOCUMENTS_ID = "staff-documents";

    private final transient ConnectionFeature service;
    private final transient ConnectionSettings settings;
    private final transient Viewer staff;
    private final Div body = new Div();
    private final Span message = new Span();
    private long applicationId;

    public StaffApplicationView(AuthenticationContext authentication, ConnectionFeature service, ConnectionSettings settings) {
        super("connection.application.title");
        this.service = service;
        this.settings = settings;
        this.staff = CurrentViewer.require(authentication);
        setMaxWidth("1400px");
        setWidthFull();
        body.setId(BODY_ID);
        body.setWidthFull();
        body.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        message.setId(MESSAGE_ID);
        message.getStyle().set("display", "block");
        add(new Anchor(ApplicationQueueView.ROUTE, getTranslation("connection.queue.back")), body);
    }

    /** The address of an application's page for staff. */
    public static String route(long applicationId) {
        return "connection/queue/" + applicationId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("id").orElse(-1L);
        message.setText("");
        refresh();
    }

    private void refresh() {
        body.removeAll();
        ApplicationDetail detail;
        try {
            detail = service.queries().application(staff, applicationId);
        } catch (AccessDeniedException e) {
            body.add(note(Texts.refusal(this, e), NOT_FOUND_ID));
            return;
        }
        List<ApplicationDocument> own = detail.documents().stream().filter(d -> d.messageId() == null).toList();
        // a paper application of an existing customer: their full data only once they confirmed it in their cabinet
        Component card = service.form().paperConfirmation(staff, applicationId) == PaperConfirmationState.AWAITING
                ? awaitingConfirmation() : DocumentLinks.card(this, service, staff, applicationId, EXPORT_ID);
        Div documents = box("connection.documents", new DocumentLinks(DOCUMENTS_ID, service, staff, applicationId, own), card);
        body.add(box(null, ApplicationFacts.status(this, detail.summary()), message), actions(detail),
                box("connection.application.facts", ApplicationFacts.details(this, detail)), documents,
                box("connection.messages", ApplicationThreadPanel.of(this, service, staff, detail, settings.maxDocumentBytes(), this::refresh)),
                box("connection.history", ApplicationFacts.history(this, detail)));
    }

    private Component awaitingConfirmation() {
        Span awaiting = new Span(getTranslation("connection.paper.awaiting"));
        awaiting.setId(AWAITING_ID);
        awaiting.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return awaiting;
    }

    /** The workflow's buttons, each only when the service allows it to this viewer now. */
    private Div actions(ApplicationDetail detail) {
        Div actions = box("connection.application.actions");
        actions.setId(ACTIONS_ID);
        var allowed = detail.actions();
        if (allowed.contains(WorkflowAction.EDIT)) {
            Anchor form = new Anchor(ApplicationFormView.route(applicationId, 1), getTranslation("connection.staff.open-form"));
            form.setId(OPEN_FORM_ID);
            actions.add(form);
        }
        HorizontalLayout simple = ApplicationFacts.row();
        if (allowed.contains(WorkflowAction.START_REVIEW)) {
            simple.add(button(START_REVIEW_ID, "connection.staff.start-review", () -> service.workflow().startReview(staff, applicationId)));
        }
        if (allowed.contains(WorkflowAction.MARK_PAID)) {
            simple.add(button(MARK_PAID_ID, "connection.staff.mark-paid", () -> service.workflow().markPaid(staff, applicationId)));
        }
        if (allowed.contains(WorkflowAction.START_WORK)) {
            simple.add(button(START_WORK_ID, "connection.staff.start-work", () -> service.workflow().startWork(staff, applicationId)));
        }
        if (allowed.contains(WorkflowAction.MARK_CONNECTED)) {
            simple.add(button(MARK_CONNECTED_ID, "connection.staff.mark-connected", () -> service.workflow().markConnected(staff, applicationId)));
        }
        if (simple.getComponentCount() > 0) {
            actions.add(simple);
        }
        if (allowed.contains(WorkflowAction.REQUEST_DOCUMENTS)) {
            TextArea text = new TextArea(getTranslation("connection.staff.request.text"));
            text.setId(REQUEST_TEXT_ID);
            text.setWidthFull();
            text.setHelperText(getTranslation("connection.staff.request.help"));
            actions.add(new H4(getTranslation("connection.staff.request.title")), text,
                    button(REQUEST_ID, "connection.staff.request", () -> service.workflow().requestDocuments(staff, applicationId, text.getValue())));
        }
        if (staff.role().staff() && !detail.summary().status().isFinal()) {
            actions.add(new H4(getTranslation("connection.staff.documents.title")), new DocumentUpload(DOCUMENT_UPLOAD_ID,
                    List.of(DocumentKind.TECHNICAL_CONDITIONS, DocumentKind.SCAN, DocumentKind.OTHER), settings.maxDocumentBytes(),
                    document -> service.documents().attach(staff, applicationId, document), this::refresh));
        }
        if (allowed.contains(WorkflowAction.OFFER)) {
            Span lead = new Span(getTranslation("connection.staff.offer.lead"));
            lead.getStyle().set("color", "var(--lumo-secondary-text-color)");
            actions.add(new H4(getTranslation("connection.staff.offer.title")), lead,
                    button(OFFER_ID, "connection.staff.offer", () -> service.workflow().offer(staff, applicationId)));
        }
        if (allowed.contains(WorkflowAction.REFUSE)) {
            TextField reason = new TextField(getTranslation("connection.staff.refuse.reason"));
            reason.setId(REFUSE_REASON_ID);
            reason.setWidthFull();
            Button refuse = button(REFUSE_ID, "connection.staff.refuse", () -> service.workflow().refuse(staff, applicationId, reason.getValue()));
            refuse.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(new H4(getTranslation("connection.staff.refuse.title")), reason, refuse);
        }
        if (actions.getChildren().count() == 1) {
            actions.add(note(getTranslation("connection.staff.no-actions"), "staff-no-actions"));
        }
        return actions;
    }

    private Button button(String id, String key, Supplier<ApplicationDetail> action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.get();
                message.setText(getTranslation("connection.staff.done"));
                message.getStyle().set("color", "var(--lumo-success-text-color)");
            } catch (CabinetException e) {
                message.setText(Texts.refusal(this, e));
                message.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            String kept = message.getText();
            refresh();
            message.setText(kept);
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Div box(String titleKey, Component... content) {
        Div box = new Div();
        box.setWidthFull();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        if (titleKey != null) {
            H3 title = new H3(getTranslation(titleKey));
            title.getStyle().set("margin", "0 0 var(--lumo-space-s)");
            box.add(title);
        }
        box.add(content);
        return box;
    }
}
