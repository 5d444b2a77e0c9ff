package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.customers.WriteOffApprovals;
import io.meterhub.cabinet.customers.WriteOffRequestRow;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Write-offs (Списания): the large write-offs of the organization waiting for a second person, each with its account,
 * service, month, amount, author and reason; anyone with MANUAL_EDITING but the author approves or rejects it with a
 * reason. Below, the latest decided ones with who decided and when, in the organization's local time.
 */
@Menu(title = "nav.admin-write-offs", order = 32.5, icon = "vaadin:scissors")
@Route(value = "admin/write-offs", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.MANUAL_EDITING)
public class WriteOffsView extends ModulePage {
    public static final String PENDING_ID = "write-offs-pending";
    public static final String DECIDED_ID = "write-offs-decided";
    public static final String REASON_ID = "write-off-reject-reason";
    public static final String REJECT_CONFIRM_ID = "write-off-reject-confirm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");
    private static final int DECIDED_SHOWN = 30;

    private final transient WriteOffApprovals approvals;
    private final Div pending = cards(PENDING_ID);
    private final Div decided = cards(DECIDED_ID);
    private transient ZoneId zone;

    public WriteOffsView(AuthenticationContext authentication, StaffRights rights, WriteOffApprovals approvals) {
        super("nav.admin-write-offs", authentication, rights);
        this.approvals = approvals;
        viewer().ifPresent(viewer -> {
            zone = approvals.zone(viewer);
            add(note(getTranslation("admin.write-offs.intro", CustomerPage.money(approvals.rule().secondPersonFrom(), getLocale())), null),
                    new H3(getTranslation("admin.write-offs.pending")), pending, new H3(getTranslation("admin.write-offs.decided")), decided);
            show(viewer);
        });
    }

    private void show(Viewer viewer) {
        pending.removeAll();
        decided.removeAll();
        List<WriteOffRequestRow> waiting = approvals.requests(viewer, true, 100);
        if (waiting.isEmpty()) {
            pending.add(note(getTranslation("admin.write-offs.none-pending"), "write-offs-none"));
        }
        waiting.forEach(request -> pending.add(card(viewer, request)));
        approvals.requests(viewer, false, DECIDED_SHOWN).stream().filter(r -> !r.pending()).forEach(request -> decided.add(card(viewer, request)));
        if (decided.getComponentCount() == 0) {
            decided.add(note(getTranslation("admin.write-offs.none-decided"), null));
        }
    }

    private Div card(Viewer viewer, WriteOffRequestRow request) {
        Div card = card("write-off-" + request.id());
        Span amount = new Span(CustomerPage.money(request.amount(), getLocale()));
        amount.setId("write-off-" + request.id() + "-amount");
        amount.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)").set("display", "block");
        card.add(amount,
                field("admin.write-offs.account", request.accountNumber(), null),
                field("admin.write-offs.service", serviceName(request.serviceCode()) + ", " + MONTH.format(request.period()), null),
                field("admin.write-offs.description", request.description(), null),
                field("admin.write-offs.reason", request.reason(), null),
                field("admin.write-offs.author", request.requestedByLogin() + ", " + time(request.requestedAt()), null));
        if (!request.pending()) {
            String decision = getTranslation("admin.write-offs.status." + request.status()) + ": " + request.decidedByLogin() + ", "
                    + time(request.decidedAt());
            card.add(field("admin.write-offs.decision", decision, "write-off-" + request.id() + "-decision"));
            if (request.decisionReason() != null) {
                card.add(field("admin.write-offs.decision-reason", request.decisionReason(), null));
            }
        } else if (request.requestedBy() == viewer.userId()) {
            card.add(note(getTranslation("admin.write-offs.own"), "write-off-" + request.id() + "-own"));
        } else {
            Button approve = new Button(getTranslation("admin.write-offs.approve"), click -> decide(viewer, () -> approvals.approve(viewer, request.id()),
                    "admin.write-offs.approved"));
            approve.setId("write-off-" + request.id() + "-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("admin.write-offs.reject"), click -> reject(viewer, request));
            reject.setId("write-off-" + request.id() + "-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout buttons = new HorizontalLayout(approve, reject);
            buttons.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-s)");
            card.add(buttons);
        }
        return card;
    }

    private void reject(Viewer viewer, WriteOffRequestRow request) {
        Dialog dialog = new Dialog(getTranslation("admin.write-offs.reject"));
        TextArea reason = new TextArea(getTranslation("admin.write-offs.decision-reason"));
        reason.setId(REASON_ID);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("admin.write-offs.reject"), click -> {
            if (decide(viewer, () -> approvals.reject(viewer, request.id(), reason.getValue()), "admin.write-offs.rejected")) {
                dialog.close();
            }
        });
        confirm.setId(REJECT_CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    private boolean decide(Viewer viewer, Runnable decision, String doneKey) {
        try {
            decision.run();
        } catch (CabinetException e) {
            Notification.show(e.message(getLocale()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(viewer);
            return false;
        }
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show(viewer);
        return true;
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
