package io.meterhub.dashboard.accountaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.accountaccess.AccountAttaching;
import io.meterhub.cabinet.accountaccess.AttachOrganization;
import io.meterhub.cabinet.accountaccess.Delegations;
import io.meterhub.cabinet.accountaccess.MyAccount;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.accounts.OverviewView;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.Texts;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * "Мои лицевые счета": the accounts the customer holds or was delegated, each with its organization and how it is held,
 * and the form that attaches another one by its number and the receipt's PIN (or the last charge's amount).
 */
@Menu(title = "nav.my-accounts", order = 1.5, icon = "vaadin:records")
@Route(value = MyAccountsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class MyAccountsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = "my-accounts";
    public static final String LIST_ID = "my-accounts-list";
    public static final String NUMBER_ID = "attach-number";
    public static final String ORGANIZATION_ID = "attach-organization";
    public static final String SECRET_ID = "attach-secret";
    public static final String ATTACH_ID = "attach-submit";
    public static final String MESSAGE_ID = "attach-message";

    private final transient AccountAttaching attaching;
    private final transient Delegations delegations;

    public MyAccountsView(AuthenticationContext authentication, AccountAttaching attaching, Delegations delegations) {
        super("nav.my-accounts", authentication);
        this.attaching = attaching;
        this.delegations = delegations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build(null);
    }

    private void build(String notice) {
        reset();
        Div list = new Div();
        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        List<MyAccount> mine = delegations.myAccounts(viewer);
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("my-accounts.none")));
        }
        for (MyAccount account : mine) {
            Span number = new Span(getTranslation("my-accounts.number", account.number()));
            number.getStyle().set("font-weight", "600");
            RouterLink open = new RouterLink(getTranslation("my-accounts.open"), OverviewView.class,
                    new RouteParameters(OverviewView.ACCOUNT, String.valueOf(account.accountId())));
            Div card = card(number, new Span(account.organizationName()), secondary(account.address()),
                    new Span(Texts.of(this, "my-accounts.kind", account.kind())), open);
            card.getElement().setAttribute("data-account", account.number());
            card.getStyle().set("max-width", "360px").set("flex", "1 1 260px").set("min-width", "0").set("overflow-wrap", "anywhere");
            list.add(card);
        }
        add(list);
        add(attachForm(notice));
    }

    private Div attachForm(String notice) {
        TextField number = new TextField(getTranslation("my-accounts.attach.number"));
        number.setId(NUMBER_ID);
        number.setWidthFull();
        Select<AttachOrganization> organization = new Select<>();
        organization.setId(ORGANIZATION_ID);
        organization.setLabel(getTranslation("my-accounts.attach.organization"));
        organization.setItems(attaching.organizations());
        organization.setEmptySelectionAllowed(true);
        String any = getTranslation("my-accounts.attach.any-organization");
        organization.setEmptySelectionCaption(any);
        organization.setItemLabelGenerator(o -> o == null ? any : o.name());
        organization.setWidthFull();
        TextField secret = new TextField(getTranslation("my-accounts.attach.secret"));
        secret.setId(SECRET_ID);
        secret.setHelperText(getTranslation("my-accounts.attach.secret-hint"));
        secret.setWidthFull();
        Span message = new Span(notice == null ? "" : notice);
        message.setId(MESSAGE_ID);
        Button attach = new Button(getTranslation("my-accounts.attach.submit"), click -> {
            try {
                AccountRow account = attaching.attach(viewer, number.getValue(), organization.getValue() == null ? null : organization.getValue().id(),
                        secret.getValue());
                build(getTranslation("my-accounts.attach.done", account.number()));
            } catch (CabinetException e) {
                message.setText(Texts.refusal(this, e));
                message.getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
        attach.setId(ATTACH_ID);
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attach.getStyle().set("align-self", "flex-start");
        Div form = new Div(new H3(getTranslation("my-accounts.attach.title")), new Paragraph(getTranslation("my-accounts.attach.hint")), number,
                organization, secret, message, attach);
        // min-width 0: a flex item would otherwise be as wide as its longest unbroken label, wider than a phone
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)").set("max-width", "420px")
                .set("width", "100%").set("box-sizing", "border-box").set("min-width", "0");
        return form;
    }
}
