package io.meterhub.dashboard.notifications;

import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.UnreadCount;
import io.meterhub.dashboard.ui.PlaceholderView;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.notifications.Notification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.dashboard.services.CurrentViewer;
import io.meterhub.dashboard.ui.StaffViewer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;

/**
 * The user's inbox, customers' and staff's alike: newest first, unread ones marked; opening one marks
 * it read and goes where it links (for an operator, the anomaly's detail).
 */
@Route(value = NotificationsView.ROUTE, layout = MainLayout.class)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    public static final String ROUTE = "notifications";
    public static final String LIST_ID = "notifications-list";
    public static final String EMPTY_ID = "notifications-empty";
    public static final String READ_ALL_ID = "notifications-read-all";
    /** How many notifications the page lists. */
    public static final int SHOWN = 100;
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient NotificationService notifications;
    private final transient Viewer viewer;
    private final transient ZoneId zone;
    private final Div list = new Div();

    public NotificationsView(AuthenticationContext authentication, NotificationService notifications) {
        this.notifications = notifications;
        MeterhubUser user = CurrentUser.of(authentication).orElseThrow(() -> new IllegalStateException("no user is logged in"));
        // staff whose account names no organization have no inbox: the list stays empty
        this.viewer = user.role().staff() ? StaffViewer.of(user).orElse(null) : CurrentViewer.viewer(user);
        this.zone = viewer == null ? java.time.ZoneOffset.UTC : notifications.zone(viewer);
        setPadding(true);
        setMaxWidth("900px");
        H2 title = new H2(getTranslation("notifications.title"));
        title.setId(PlaceholderView.TITLE_ID);
        title.getStyle().set("margin", "0");
        Button readAll = new Button(getTranslation("notifications.read-all"), click -> {
            if (viewer != null) {
                notifications.markAllRead(viewer);
            }
            refresh();
        });
        readAll.setId(READ_ALL_ID);
        readAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        list.setId(LIST_ID);
        list.setWidthFull();
        add(title, readAll, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }

    private void refresh() {
        list.removeAll();
        List<Notification> inbox = viewer == null ? List.of() : notifications.inbox(viewer, SHOWN);
        if (inbox.isEmpty()) {
            Span empty = new Span(getTranslation("notifications.empty"));
            empty.setId(EMPTY_ID);
            list.add(empty);
        }
        for (Notification notification : inbox) {
            list.add(item(notification));
        }
        UnreadCount badge = findAncestor(UnreadCount.class);
        if (badge != null) {
            badge.refreshUnread();
        }
    }

    private Div item(Notification notification) {
        Span subject = new Span(notification.subject());
        subject.setId("notification-subject-" + notification.id());
        subject.getStyle().set("font-weight", notification.read() ? "400" : "700");
        Span when = new Span(("ru".equals(getLocale().getLanguage()) ? RU : EN).format(notification.createdAt().atZone(zone)));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div body = new Div(new Span(notification.body()));
        body.setId("notification-body-" + notification.id());
        HorizontalLayout actions = new HorizontalLayout();
        if (notification.link() != null) {
            Button open = new Button(getTranslation("notifications.open"), click -> open(notification));
            open.setId("notification-open-" + notification.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(open);
        }
        if (!notification.read()) {
            Button read = new Button(getTranslation("notifications.mark-read"), click -> {
                markRead(notification);
                refresh();
            });
            read.setId("notification-read-" + notification.id());
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        Div item = new Div(subject, new Div(when), body, actions);
        item.setId("notification-" + notification.id());
        item.addClassName(notification.read() ? "mh-notification-read" : "mh-notification-unread");
        item.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border-left", notification.read() ? "1px solid var(--lumo-contrast-10pct)" : "4px solid var(--lumo-primary-color)");
        return item;
    }

    private void open(Notification notification) {
        markRead(notification);
        getUI().ifPresent(ui -> ui.navigate(notification.link()));
    }

    private void markRead(Notification notification) {
        try {
            notifications.markRead(viewer, notification.id());
        } catch (CabinetException e) {
            // gone from this user's inbox meanwhile: the list is shown again without it
        }
    }
}
