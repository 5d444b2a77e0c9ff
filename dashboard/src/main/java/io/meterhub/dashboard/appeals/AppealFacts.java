package io.meterhub.dashboard.appeals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCard;
import io.meterhub.cabinet.appeals.AppealChange;
import io.meterhub.cabinet.appeals.AppealQueries;
import io.meterhub.cabinet.correspondence.Attachment;
import io.meterhub.cabinet.correspondence.Message;
import io.meterhub.cabinet.correspondence.Side;
import io.meterhub.dashboard.connection.ApplicationFacts;
import io.meterhub.dashboard.connection.DocumentLinks;
import io.meterhub.dashboard.correspondence.MessageThread;
import io.meterhub.dashboard.ui.ConnectionFormat;
import io.meterhub.dashboard.ui.Texts;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;

/** What the customer's and the staff's pages show alike: an appeal's facts, one line of a list, and its thread. */
final class AppealFacts {
    private AppealFacts() {
    }

    /** Number and date, subject, category, status and deadline (overdue marked): a list's entry or the page's head. */
    static Div summary(Component page, Appeal appeal, boolean overdue, String link) {
        Component number = link == null ? new Span(appeal.number()) : new Anchor(link, appeal.number());
        number.setId("appeal-" + appeal.id() + "-number");
        Span when = secondary(" · " + ConnectionFormat.time(appeal.registeredAt(), Texts.locale(), appeal.zone()));
        Div head = new Div(number, when);
        head.getStyle().set("font-weight", "600");
        Div subject = new Div(new Span(appeal.subject()));
        subject.getStyle().set("overflow-wrap", "anywhere");
        Span status = new Span(Texts.of(page, "appeals.status", appeal.status()));
        status.setId("appeal-" + appeal.id() + "-status");
        Div facts = new Div(status, secondary(" · " + Texts.of(page, "appeals.category", appeal.category())));
        Div deadline = new Div(secondary(page.getTranslation("appeals.deadline") + ": "),
                new Span(ConnectionFormat.date(appeal.deadline(), Texts.locale())));
        deadline.setId("appeal-" + appeal.id() + "-deadline");
        if (overdue) {
            deadline.add(ApplicationFacts.overdue(page));
        }
        Div box = new Div(head, subject, facts, deadline);
        box.setId("appeal-" + appeal.id());
        box.setWidthFull();
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-s)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-sizing", "border-box");
        return box;
    }

    /** The organization, the account and who works on it. */
    static Div details(Component page, Appeal appeal) {
        Div box = new Div(line(page, "appeals.organization", appeal.organizationName()), line(page, "appeals.account-number",
                        appeal.accountNumber() == null ? page.getTranslation("appeals.account-none") : appeal.accountNumber()),
                line(page, "appeals.assignee", appeal.assigneeName() == null ? "—" : appeal.assigneeName()));
        box.setId("appeal-details");
        return box;
    }

    /** The statuses it went through, oldest first, with their dates. */
    static Div history(Component page, AppealCard card) {
        Div box = new Div();
        box.setId("appeal-history");
        for (AppealChange change : card.history()) {
            box.add(new Div(secondary(ConnectionFormat.time(change.at(), Texts.locale(), card.appeal().zone()) + " · "),
                    new Span(Texts.of(page, "appeals.status", change.status()))));
        }
        return box;
    }

    /** The thread with its files' links (fetched through the service with the viewer on every download). */
    static MessageThread thread(Component page, AppealQueries queries, Viewer viewer, AppealCard card, MessageThread.Sender sender, Runnable sent) {
        long maxBytes = queries.maxAttachmentBytes();
        List<MessageThread.Entry> entries = card.messages().stream().map(m -> entry(queries, viewer, card.appeal(), m)).toList();
        return new MessageThread(entries, sender, maxBytes, file -> rejected(page, maxBytes, file), sent);
    }

    /** Why the browser refused a file (too large, not PDF, JPG or PNG). */
    static String rejected(Component page, long maxBytes, String file) {
        return page.getTranslation("connection.documents.rejected", file, DocumentLinks.size(maxBytes, Texts.locale()));
    }

    private static MessageThread.Entry entry(AppealQueries queries, Viewer viewer, Appeal appeal, Message m) {
        return new MessageThread.Entry(m.id(), m.number(), ConnectionFormat.time(m.at(), Texts.locale(), appeal.zone()), m.authorName(),
                m.side() == Side.STAFF, m.text(), m.attachments().stream().map(a -> file(queries, viewer, appeal, a)).toList());
    }

    private static Component file(AppealQueries queries, Viewer viewer, Appeal appeal, Attachment attachment) {
        StreamResource resource = new StreamResource(DocumentLinks.safe(attachment.fileName()),
                () -> new ByteArrayInputStream(queries.attachment(viewer, appeal.id(), attachment.id()).bytes()));
        resource.setContentType(attachment.contentType());
        Anchor anchor = new Anchor(resource, "");
        anchor.setId("att-" + attachment.id());
        anchor.getElement().setAttribute("download", true);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + attachment.fileName()));
        Div line = new Div(anchor, secondary(" (" + DocumentLinks.size(attachment.size(), Texts.locale()) + ")"));
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }

    private static Div line(Component page, String key, String value) {
        return new Div(secondary(page.getTranslation(key) + ": "), new Span(value));
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }
}
