package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.connection.PaperConfirmationState;

import com.vaadin.flow.component.html.Paragraph;

import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;
import io.meterhub.cabinet.connection.ConnectionLinks;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.twofactor.Reauthentication;
import io.meterhub.dashboard.twofactor.ReauthPrompt;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.StatusChange;
import io.meterhub.cabinet.connection.WorkflowAction;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.CustomerPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.List;

/**
 * The applicant's page of one application ({@code connection/applications/<id>}, the link of every
 * notification): the status, number and deadline; what the applicant may do now (open the form;
 * upload a requested document and resubmit; sign the offered contract with a one-time code, or a
 * company with a detached CAdES signature; cancel); everything the application holds; its documents;
 * the thread of messages; and the history.
 */
@Route(value = ApplicationView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ApplicationView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "connection/applications/:id([0-9]{1,18})";
    public static final String ACTIONS_ID = "app-actions";
    public static final String ACTION_MESSAGE_ID = "app-action-message";
    public static final String OPEN_FORM_ID = "app-open-form";
    public static final String REQUESTED_ID = "app-requested";
    public static final String RESUBMIT_UPLOAD_ID = "app-resubmit-document";
    public static final String RESUBMIT_ID = "app-resubmit";
    public static final String REQUEST_CODE_ID = "sign-request-code";
    public static final String CODE_ID = "sign-code";
    public static final String SIGN_ID = "sign-submit";
    public static final String CODE_SENT_ID = "sign-code-sent";
    public static final String CADES_UPLOAD_ID = "sign-cades-upload";
    public static final String CANCEL_REASON_ID = "app-cancel-reason";
    public static final String CANCEL_ID = "app-cancel";
    public static final String DOCUMENTS_ID = "app-documents";
    public static final String CARD_ID = "app-card";
    public static final String PAPER_BOX_ID = "app-paper-confirmation";
    public static final String PAPER_CONFIRM_ID = "app-paper-confirm";

    private final transient ConnectionFeature service;
    private final transient ConnectionSettings settings;
    private final transient OneTimeCodeDelivery codes;
    private final transient ReauthPrompt reauth;
    private final String login;
    private final Span actionMessage = new Span();
    private transient ApplicationDetail detail;
    private long applicationId;

    public ApplicationView(AuthenticationContext authentication, ConnectionFeature service, ConnectionSettings settings,
                           OneTimeCodeDelivery codes, ReauthPrompt reauth) {
        super("connection.application.title", authentication);
        this.service = service;
        this.settings = settings;
        this.codes = codes;
        this.reauth = reauth;
        this.login = io.meterhub.dashboard.security.CurrentUser.of(authentication).map(u -> u.getUsername()).orElse("");
        actionMessage.setId(ACTION_MESSAGE_ID);
        actionMessage.getStyle().set("display", "block");
    }

    /** The address of an application's page for its applicant. */
    public static String route(long applicationId) {
        return ConnectionLinks.applicantLink(applicationId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("id").orElse(-1L);
        actionMessage.setText("");
        refresh();
    }

    private void refresh() {
        reset();
        try {
            detail = service.queries().application(viewer, applicationId);
        } catch (AccessDeniedException e) {
            showNotFound(e.code());
            return;
        }
        add(new Anchor(MyApplicationsView.ROUTE, getTranslation("connection.my.back")));
        add(card(ApplicationFacts.status(this, detail.summary())), actionMessage);
        if (service.form().paperConfirmation(viewer, applicationId) == PaperConfirmationState.AWAITING) {
            add(paperConfirmation());
        }
        Div actions = actions();
        if (actions != null) {
            add(actions);
        }
        List<ApplicationDocument> own = detail.documents().stream().filter(d -> d.messageId() == null).toList();
        add(card(new H3(getTranslation("connection.application.facts")), ApplicationFacts.details(this, detail)),
                card(new H3(getTranslation("connection.documents")), new DocumentLinks(DOCUMENTS_ID, service, viewer, applicationId, own),
                        DocumentLinks.card(this, service, viewer, applicationId, CARD_ID)),
                card(new H3(getTranslation("connection.messages")), ApplicationThreadPanel.of(this, service, viewer, detail, settings.maxDocumentBytes(), this::refresh)),
                card(new H3(getTranslation("connection.history")), ApplicationFacts.history(this, detail)));
    }

    /** Staff registered this paper application in the customer's name: theirs to confirm before staff get their full data. */
    private Div paperConfirmation() {
        Paragraph why = new Paragraph(getTranslation("connection.paper.confirm.hint", detail.summary().organizationName()));
        Button confirm = new Button(getTranslation("connection.paper.confirm"), click -> act(() -> service.form().confirmPaper(viewer, applicationId),
                "connection.paper.confirmed"));
        confirm.setId(PAPER_CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = card(new H3(getTranslation("connection.paper.confirm.title")), why, confirm);
        box.setId(PAPER_BOX_ID);
        return box;
    }

    /** The actions open now, or null when there are none. */
    private Div actions() {
        Div box = card(new H3(getTranslation("connection.application.actions")));
        box.setId(ACTIONS_ID);
        boolean any = false;
        if (detail.actions().contains(WorkflowAction.EDIT) && detail.summary().status() == ApplicationStatus.DRAFT) {
            Anchor form = new Anchor(ApplicationFormView.route(applicationId, 1), getTranslation("connection.application.open-form"));
            form.setId(OPEN_FORM_ID);
            box.add(form);
            any = true;
        }
        if (detail.actions().contains(WorkflowAction.RESUBMIT)) {
            box.add(resubmit());
            any = true;
        }
        if (detail.actions().contains(WorkflowAction.SIGN)) {
            box.add(signing());
            any = true;
        }
        if (detail.actions().contains(WorkflowAction.CANCEL)) {
            box.add(cancelling());
            any = true;
        }
        return any ? box : null;
    }

    private Div resubmit() {
        String reason = detail.history().stream().filter(c -> c.to() == ApplicationStatus.INCOMPLETE).reduce((a, b) -> b)
                .map(StatusChange::reason).orElse("");
        Div requested = new Div(new Span(getTranslation("connection.application.requested") + " "), new Span(reason));
        requested.setId(REQUESTED_ID);
        requested.getStyle().set("white-space", "pre-wrap").set("font-weight", "500");
        DocumentUpload upload = new DocumentUpload(RESUBMIT_UPLOAD_ID,
                List.of(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN, DocumentKind.POWER_OF_ATTORNEY, DocumentKind.OTHER), settings.maxDocumentBytes(),
                document -> service.documents().attach(viewer, applicationId, document), this::refresh);
        Button resubmit = new Button(getTranslation("connection.application.resubmit"), click -> act(() -> service.workflow().resubmit(viewer, applicationId),
                "connection.application.resubmitted"));
        resubmit.setId(RESUBMIT_ID);
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H4(getTranslation("connection.application.resubmit.title")), requested, upload, resubmit);
        box.setWidthFull();
        return box;
    }

    /** The offered contract to read, and its signature: a one-time code (SMS and email), or a detached CAdES file. */
    private Div signing() {
        Div box = new Div(new H4(getTranslation("connection.sign.title")), new io.meterhub.dashboard.ui.HelpLink("signing"));
        box.setWidthFull();
        detail.documents().stream().filter(d -> d.kind() == DocumentKind.CONTRACT || d.kind() == DocumentKind.INVOICE
                        || d.kind() == DocumentKind.TECHNICAL_CONDITIONS)
                .forEach(d -> box.add(DocumentLinks.link(this, service, viewer, applicationId, d)));
        if (detail.fee() != null) {
            box.add(ApplicationFacts.line(this, "connection.fee", money(detail.fee()), "sign-fee"));
        }
        Span sent = new Span();
        sent.setId(CODE_SENT_ID);
        sent.getStyle().set("display", "block");
        TextField code = new TextField(getTranslation("connection.sign.code"));
        code.setId(CODE_ID);
        code.setAllowedCharPattern("[0-9]");
        code.setMaxLength(6);
        code.addValueChangeListener(change -> code.setInvalid(false));
        // signing asks for the password entered within minutes (the service refuses otherwise): asked here first
        Button request = new Button(getTranslation("connection.sign.request-code"), click -> reauth.ensure(viewer.userId(), login, () -> {
            try {
                Instant expires = codes.forUser(viewer.userId(), () -> service.signing().requestSigningCode(viewer, applicationId));
                sent.setText(getTranslation("connection.sign.code-sent", ConnectionFormat.time(expires, getLocale())));
            } catch (CabinetException e) {
                sent.setText(Texts.refusal(this, e));
            }
        }));
        request.setId(REQUEST_CODE_ID);
        Button sign = new Button(getTranslation("connection.sign.submit"), click -> reauth.ensure(viewer.userId(), login, () -> {
            try {
                service.signing().signWithCode(viewer, applicationId, code.getValue());
                done("connection.sign.signed");
            } catch (CabinetException e) {
                code.setErrorMessage(Texts.refusal(this, e));
                code.setInvalid(true);
            }
        }));
        sign.setId(SIGN_ID);
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = ApplicationFacts.row(code, sign);
        box.add(secondary(getTranslation("connection.sign.lead")), request, sent, row);
        if (detail.summary().category() == ApplicantCategory.LEGAL_ENTITY) {
            Span cadesMessage = new Span();
            cadesMessage.setId(CADES_UPLOAD_ID + "-message");
            Upload cades = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                try {
                    service.signing().signWithCades(viewer, applicationId, bytes);
                    done("connection.sign.signed");
                } catch (CabinetException e) {
                    cadesMessage.setText(Texts.refusal(this, e));
                    cadesMessage.getStyle().set("color", "var(--lumo-error-text-color)");
                    if (Reauthentication.NEEDED.equals(e.code())) {
                        // the file arrived too late after the password: ask for it, then the user sends the file again
                        reauth.ensure(viewer.userId(), login, () -> cadesMessage.setText(""));
                    }
                }
            }));
            cades.setId(CADES_UPLOAD_ID);
            cades.setAcceptedFileTypes(".sig", ".p7s", "application/pkcs7-signature");
            cades.setMaxFiles(1);
            cades.setMaxFileSize(1024 * 1024);
            box.add(new H4(getTranslation("connection.sign.cades")), secondary(getTranslation("connection.sign.cades.lead")), cades, cadesMessage);
        }
        return box;
    }

    private Div cancelling() {
        TextField reason = new TextField(getTranslation("connection.application.cancel.reason"));
        reason.setId(CANCEL_REASON_ID);
        reason.setWidthFull();
        Button cancel = new Button(getTranslation("connection.application.cancel"), click -> act(() -> service.workflow().cancel(viewer, applicationId,
                reason.getValue()), "connection.application.cancelled"));
        cancel.setId(CANCEL_ID);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(new H4(getTranslation("connection.application.cancel.title")), reason, cancel);
        box.setWidthFull();
        return box;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            done(doneKey);
        } catch (CabinetException e) {
            actionMessage.setText(Texts.refusal(this, e));
            actionMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    private void done(String key) {
        actionMessage.setText(getTranslation(key));
        actionMessage.getStyle().set("color", "var(--lumo-success-text-color)");
        refreshKeepingMessage();
    }

    private void refreshKeepingMessage() {
        String text = actionMessage.getText();
        refresh();
        actionMessage.setText(text);
    }
}
