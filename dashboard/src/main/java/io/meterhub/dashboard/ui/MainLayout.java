package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.i18n.LocaleSwitch;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.anomalies.DutyRoster;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.dashboard.services.CurrentViewer;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Map;

/**
 * The frame of every view after login: a header (menu toggle, title, RU/EN switch, the user's name,
 * log out) and a drawer whose items depend on the role. On a phone's width AppLayout turns the
 * drawer into an overlay opened by the toggle, and the header hides the user's name. The drawer's items come
 * from the views' {@code @Menu} (see {@link RoleMenu}): the layout imports no view.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, UnreadCount {
    public static final String NAV_ID = "main-nav";
    public static final String BELL_ID = "notifications-bell";
    public static final String UNREAD_ID = "notifications-unread";
    public static final String DUTY_ID = "duty-toggle";
    /** The inbox the bell opens (the notifications feature's route). */
    static final String NOTIFICATIONS_ROUTE = "notifications";
    /** How often an open page asks for new notifications. */
    static final int POLL_MILLIS = 10_000;
    /**
     * After this long without a key, a tap or a scroll the page stops asking, so that an open but unused tab lets the
     * session's idle timeout (30 min, heartbeats not counting) end it; a hidden tab does not ask at all.
     */
    static final int IDLE_MILLIS = 25 * 60_000;
    /** A supplier's staff see the same queue under their own title. */
    private static final Map<String, String> SUPPLIER_TITLES = Map.of("nav.connection-queue", "nav.connection-supplier");

    private final transient NotificationService notifications;
    private final transient Viewer viewer;
    private final Span unread = new Span();
    private Registration polling;

    public MainLayout(AuthenticationContext authentication, NotificationService notifications, DutyRoster duty, StaffRights rights,
                      OrganizationService organizations) {
        MeterhubUser user = CurrentUser.of(authentication).orElse(null);
        this.notifications = notifications;
        // staff whose account names no organization have no inbox here (their pages say why)
        this.viewer = user == null ? null : user.role().staff() ? StaffViewer.of(user).orElse(null) : CurrentViewer.viewer(user);
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
            StaffViewer.of(user).ifPresent(staff -> header.add(dutyToggle(duty, staff)));
            if (viewer != null) {
                header.add(bell());
            }
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
        addToDrawer(navigation(user == null ? null : user.role(), StaffScope.of(user, rights, organizations)));

        // phones: the user's name gives way to the buttons; the drawer is an overlay already
        getElement().executeJs("""
                if (!document.getElementById('mh-layout-style')) {
                  const style = document.createElement('style');
                  style.id = 'mh-layout-style';
                  style.textContent = '@media (max-width: 600px) { .mh-user-name { display: none; } .mh-duty > label { display: none; } .mh-app-title { font-size: var(--lumo-font-size-m) !important; } }';
                  document.head.appendChild(style);
                }""");
    }

    /** The bell: the unread count, opening the inbox. */
    private Button bell() {
        unread.setId(UNREAD_ID);
        unread.getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "1em").set("padding", "0 0.45em").set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "600").set("line-height", "1.6");
        Button bell = new Button(VaadinIcon.BELL.create(), click -> getUI().ifPresent(ui -> ui.navigate(NOTIFICATIONS_ROUTE)));
        bell.setId(BELL_ID);
        bell.setSuffixComponent(unread);
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        bell.setAriaLabel(getTranslation("notifications.bell"));
        bell.setTooltipText(getTranslation("notifications.bell"));
        refreshUnread();
        return bell;
    }

    /** An operator's own switch: on duty, they are told of HIGH anomalies of their organization. */
    private Checkbox dutyToggle(DutyRoster duty, Viewer staff) {
        Checkbox toggle = new Checkbox(getTranslation("notifications.on-duty"), duty.onDuty(staff));
        toggle.setId(DUTY_ID);
        toggle.setTooltipText(getTranslation("notifications.on-duty.hint"));
        toggle.addValueChangeListener(change -> duty.setOnDuty(staff, Boolean.TRUE.equals(change.getValue())));
        toggle.getStyle().set("white-space", "nowrap");
        toggle.addClassName("mh-duty");
        return toggle;
    }

    /** Shows the viewer's unread count again (after navigation, a poll, or reading in the inbox). */
    @Override
    public void refreshUnread() {
        if (viewer == null) {
            unread.setVisible(false);
            return;
        }
        int count = notifications.unreadCount(viewer);
        unread.setText(String.valueOf(count));
        unread.setVisible(count > 0);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnread();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (viewer != null) {
            UI ui = attachEvent.getUI();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refreshUnread());
            // the browser knows when the user acts and when the tab is hidden; it tells the server only when that changes
            getElement().executeJs("""
                    const layout = this; let last = Date.now(); let on = true;
                    const set = wanted => { if (wanted !== on) { on = wanted; layout.$server.polling(wanted); } };
                    ['keydown', 'pointerdown', 'scroll', 'touchstart'].forEach(type => document.addEventListener(type, () => {
                        last = Date.now(); if (!document.hidden) { set(true); } }, {passive: true, capture: true}));
                    document.addEventListener('visibilitychange', () => set(!document.hidden && Date.now() - last < $0));
                    setInterval(() => { if (Date.now() - last >= $0) { set(false); } }, 60000);
                    """, IDLE_MILLIS);
        }
    }

    /** The page asks for new notifications while the user is there and the tab is visible; not otherwise. */
    @ClientCallable
    void polling(boolean wanted) {
        getUI().ifPresent(ui -> ui.setPollInterval(wanted && viewer != null ? POLL_MILLIS : -1));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }

    /** The role's entries from the views' {@code @Menu}; a supplier's queue holds its customers' applications. */
    private SideNav navigation(Role role, StaffScope scope) {
        SideNav nav = new SideNav();
        nav.setId(NAV_ID);
        nav.getStyle().set("padding", "0 var(--lumo-space-s)");
        for (MenuEntry entry : RoleMenu.entries(role, scope)) {
            String key = role == Role.SUPPLIER ? SUPPLIER_TITLES.getOrDefault(entry.title(), entry.title()) : entry.title();
            nav.addItem(item(key, entry));
        }
        return nav;
    }

    private SideNavItem item(String key, MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(key), RoleMenu.route(entry), icon(entry.icon()));
        item.setId("nav-" + key.substring("nav.".length()));
        return item;
    }

    /** "vaadin:home" as {@code @Menu} holds it. */
    private static Icon icon(String name) {
        int colon = name == null ? -1 : name.indexOf(':');
        return colon < 0 ? VaadinIcon.CIRCLE_THIN.create() : new Icon(name.substring(0, colon), name.substring(colon + 1));
    }
}
