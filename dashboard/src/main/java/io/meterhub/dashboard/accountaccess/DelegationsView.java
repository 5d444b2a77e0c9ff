package io.meterhub.dashboard.accountaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.accountaccess.AccessKind;
import io.meterhub.cabinet.accountaccess.DelegationStatus;
import io.meterhub.cabinet.accountaccess.DelegationView;
import io.meterhub.cabinet.accountaccess.Delegations;
import io.meterhub.cabinet.accountaccess.MyAccount;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * "Доверенности": the holder hands one of their accounts to another registered customer (view; readings; readings and
 * payments) until a date, and revokes it; both the holder and the delegate read every delegation with its state.
 */
@Menu(title = "nav.delegations", order = 44, icon = "vaadin:handshake")
@Route(value = DelegationsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class DelegationsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "delegations";
    public static final String ACCOUNT_ID = "delegation-account";
    public static final String WHOM_ID = "delegation-whom";
    public static final String KIND_ID = "delegation-kind";
    public static final String UNTIL_ID = "delegation-until";
    public static final String GRANT_ID = "delegation-grant";
    public static final String MESSAGE_ID = "delegation-message";
    public static final String HISTORY_ID = "delegation-history";
    public static final String REVOKE_PREFIX = "delegation-revoke-";
    private static final ZoneId LOCAL = ZoneId.of("Europe/Moscow");

    private final transient Delegations delegations;
    private final transient Clock clock;

    public DelegationsView(AuthenticationContext authentication, Delegations delegations, Clock clock) {
        super("nav.delegations", authentication);
        this.delegations = delegations;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build(null);
    }

    private void build(String notice) {
        reset();
        List<MyAccount> held = delegations.myAccounts(viewer).stream().filter(a -> a.kind() == AccessKind.HOLDER).toList();
        if (held.isEmpty()) {
            add(new Paragraph(getTranslation("delegations.no-held")));
        } else {
            add(grantForm(held, notice));
        }
        add(new H3(getTranslation("delegations.history")));
        add(history());
    }

    private Div grantForm(List<MyAccount> held, String notice) {
        Select<MyAccount> account = new Select<>();
        account.setId(ACCOUNT_ID);
        account.setLabel(getTranslation("delegations.account"));
        account.setItems(held);
        account.setItemLabelGenerator(a -> a.number() + " · " + a.organizationName());
        account.setValue(held.get(0));
        account.setWidthFull();
        TextField whom = new TextField(getTranslation("delegations.whom"));
        whom.setId(WHOM_ID);
        whom.setHelperText(getTranslation("delegations.whom-hint"));
        whom.setWidthFull();
        Select<AccessKind> kind = new Select<>();
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("delegations.kind"));
        kind.setItems(Arrays.stream(AccessKind.values()).filter(AccessKind::delegable).toList());
        kind.setItemLabelGenerator(k -> Texts.of(this, "my-accounts.kind", k));
        kind.setValue(AccessKind.READINGS);
        kind.setWidthFull();
        DatePicker until = new DatePicker(getTranslation("delegations.until"));
        until.setId(UNTIL_ID);
        until.setHelperText(getTranslation("delegations.until-hint"));
        until.setLocale(getLocale());
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        until.setMin(today);
        until.setValue(today.plusYears(1));
        until.setWidthFull();
        Span message = new Span(notice == null ? "" : notice);
        message.setId(MESSAGE_ID);
        Button grant = new Button(getTranslation("delegations.grant"), click -> {
            try {
                delegations.grant(viewer, account.getValue().accountId(), whom.getValue(), kind.getValue(), until.getValue());
                build(getTranslation("delegations.granted"));
            } catch (CabinetException e) {
                message.setText(Texts.refusal(this, e));
                message.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        grant.setId(GRANT_ID);
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.getStyle().set("align-self", "flex-start");
        Div form = new Div(new H3(getTranslation("delegations.new")), account, whom, kind, until, message, grant);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)").set("max-width", "420px")
                .set("width", "100%").set("box-sizing", "border-box").set("min-width", "0");
        return form;
    }

    private Div history() {
        Div list = new Div();
        list.setId(HISTORY_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        List<DelegationView> all = delegations.history(viewer);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("delegations.none")));
        }
        for (DelegationView d : all) {
            Span what = new Span(getTranslation("delegations.line", d.accountNumber(), d.organizationName(), Texts.of(this, "my-accounts.kind", d.kind())));
            what.getStyle().set("font-weight", "600");
            Span who = new Span(getTranslation("delegations.who", d.holder(), d.delegate()));
            who.getStyle().set("overflow-wrap", "anywhere");
            String period = getTranslation("delegations.granted-on", date(LocalDate.ofInstant(d.grantedAt(), LOCAL)))
                    + (d.lastDay() == null ? " · " + getTranslation("delegations.no-end") : " · " + getTranslation("delegations.last-day", date(d.lastDay())));
            Span status = new Span(Texts.of(this, "delegations.status", d.status()));
            status.getStyle().set("color", d.status() == DelegationStatus.ACTIVE ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
            Div card = card(what, who, secondary(period), status);
            card.getStyle().set("overflow-wrap", "anywhere");
            card.getElement().setAttribute("data-delegation", String.valueOf(d.id()));
            if (d.mayRevoke()) {
                Button revoke = new Button(getTranslation("delegations.revoke"), click -> {
                    try {
                        delegations.revoke(viewer, d.id());
                        build(getTranslation("delegations.revoked"));
                    } catch (CabinetException e) {
                        build(Texts.refusal(this, e));
                    }
                });
                revoke.setId(REVOKE_PREFIX + d.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                revoke.getStyle().set("align-self", "flex-start");
                card.add(revoke);
            }
            list.add(card);
        }
        return list;
    }
}
