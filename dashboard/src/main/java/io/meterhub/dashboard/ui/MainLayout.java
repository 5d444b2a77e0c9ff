package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.i18n.LocaleSwitch;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.customer.ConsumptionView;
import io.meterhub.dashboard.ui.customer.OverviewView;
import io.meterhub.dashboard.ui.customer.PaymentsView;
import io.meterhub.dashboard.ui.customer.ReadingsView;
import io.meterhub.dashboard.ui.customer.ReceiptsView;
import io.meterhub.dashboard.ui.connection.MyApplicationsView;
import io.meterhub.dashboard.ui.connection.staff.ApplicationQueueView;
import io.meterhub.dashboard.ui.connection.staff.PaperApplicationView;
import io.meterhub.dashboard.ui.operator.ReadingsToCheckView;
import io.meterhub.dashboard.ui.operator.anomalies.AnomaliesView;
import io.meterhub.dashboard.ui.operator.ReviewQueueView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every view after login: a header (menu toggle, title, RU/EN switch, the user's name,
 * log out) and a drawer whose items depend on the role. On a phone's width AppLayout turns the
 * drawer into an overlay opened by the toggle, and the header hides the user's name.
 */
@PermitAll
public class MainLayout extends AppLayout {
    public static final String NAV_ID = "main-nav";

    public MainLayout(AuthenticationContext authentication) {
        MeterhubUser user = CurrentUser.of(authentication).orElse(null);
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("header.menu"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("mh-app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");

        HorizontalLayout header = new HorizontalLayout(toggle, title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-s)").set("min-width", "0");
        header.expand(title);
        header.add(new LocaleSwitch());
        if (user != null) {
            Span name = new Span(user.displayName());
            name.setId("current-user");
            name.addClassName("mh-user-name");
            name.getElement().setAttribute("title", getTranslation("role." + user.role().name()));
            name.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                    .set("max-width", "14em");
            Button logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            header.add(name, logout);
        }
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("display", "block").set("padding", "var(--lumo-space-m)").set("font-weight", "700")
                .set("font-size", "var(--lumo-font-size-xl)").set("color", "var(--lumo-primary-text-color)");
        addToDrawer(brand);
        if (user != null) {
            // the header hides the name on a phone; the drawer always shows who is logged in, and as what
            Span who = new Span(user.displayName() + " · " + getTranslation("role." + user.role().name()));
            who.setId("drawer-user");
            who.getStyle().set("display", "block").set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
                    .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            addToDrawer(who);
        }
        addToDrawer(navigation(user == null ? null : user.role()));

        // phones: the user's name gives way to the buttons; the drawer is an overlay already
        getElement().executeJs("""
                if (!document.getElementById('mh-layout-style')) {
                  const style = document.createElement('style');
                  style.id = 'mh-layout-style';
                  style.textContent = '@media (max-width: 600px) { .mh-user-name { display: none; } .mh-app-title { font-size: var(--lumo-font-size-m) !important; } }';
                  document.head.appendChild(style);
                }""");
    }

    private SideNav navigation(Role role) {
        SideNav nav = new SideNav();
        nav.setId(NAV_ID);
        nav.getStyle().set("padding", "0 var(--lumo-space-s)");
        if (role == Role.CUSTOMER) {
            nav.addItem(
                    item("nav.overview", OverviewView.class, VaadinIcon.HOME),
                    item("nav.consumption", ConsumptionView.class, VaadinIcon.CHART),
                    item("nav.readings", ReadingsView.class, VaadinIcon.EDIT),
                    item("nav.payments", PaymentsView.class, VaadinIcon.WALLET),
                    item("nav.receipts", ReceiptsView.class, VaadinIcon.FILE_TEXT_O),
                    item("nav.connection", MyApplicationsView.class, VaadinIcon.CONNECT));
        } else if (role != null && role.isStaff()) {
            nav.addItem(
                    item("nav.review-queue", ReviewQueueView.class, VaadinIcon.TASKS),
                    item("nav.readings-to-check", ReadingsToCheckView.class, VaadinIcon.CHECK_SQUARE_O),
                    item("nav.anomalies", AnomaliesView.class, VaadinIcon.WARNING),
                    item("nav.connection-queue", ApplicationQueueView.class, VaadinIcon.CONNECT),
                    item("nav.connection-paper", PaperApplicationView.class, VaadinIcon.FILE_ADD));
        } else if (role == Role.SUPPLIER) {
            nav.addItem(item("nav.connection-supplier", ApplicationQueueView.class, VaadinIcon.CONNECT));
        }
        return nav;
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(key), view, icon.create());
        item.setId("nav-" + key.substring("nav.".length()));
        return item;
    }

}
