package io.meterhub.dashboard.outbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.notifications.outbox.Outbox;
import io.meterhub.cabinet.notifications.outbox.OutboxMessage;
import io.meterhub.dashboard.ui.PublicPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The demo's console of what it "sent" ({@code demo/outbox}): texts and, without an SMTP server, emails,
 * newest first, with the time in the demo organization's local time, the masked recipient and the text
 * (so a visitor reads a one-time code here, not in the log). Outside the demo the page does not exist.
 */
@Route(OutboxView.ROUTE)
@AnonymousAllowed
public class OutboxView extends PublicPage implements BeforeEnterObserver {
    public static final String ROUTE = "demo/outbox";
    public static final String LIST_ID = "outbox-list";
    public static final String REFRESH_ID = "outbox-refresh";
    public static final String MESSAGE_CLASS = "outbox-message";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final transient Outbox outbox;
    private final transient ZoneId zone;
    private final Div list = new Div();

    public OutboxView(ObjectProvider<Outbox> outbox, AccountRepository organizations, Environment environment) {
        super("outbox.title", "outbox.lead");
        this.outbox = outbox.getIfAvailable();
        String organizationId = environment.getProperty(OutboxConfiguration.DEMO_ORGANIZATION_PROPERTY);
        this.zone = organizationId == null ? ZoneId.systemDefault()
                : organizations.organization(organizationId).map(OrganizationRow::timeZone).orElse(ZoneId.systemDefault());
        Button refresh = new Button(getTranslation("outbox.refresh"), click -> show());
        refresh.setId(REFRESH_ID);
        list.setId(LIST_ID);
        list.setWidthFull();
        add(refresh, list);
    }

    /** Not the demo: the page is as absent as any unknown address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (outbox == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        list.removeAll();
        List<OutboxMessage> messages = outbox.messages();
        if (messages.isEmpty()) {
            list.add(new Paragraph(getTranslation("outbox.empty")));
        }
        for (OutboxMessage message : messages) {
            Span head = new Span(TIME.format(message.at().atZone(zone)) + " · " + getTranslation("outbox.channel." + message.channel().name())
                    + " · " + message.recipient());
            head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div text = new Div(message.text());
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            Div item = new Div(head, text);
            item.addClassName(MESSAGE_CLASS);
            item.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
            list.add(item);
        }
    }
}
