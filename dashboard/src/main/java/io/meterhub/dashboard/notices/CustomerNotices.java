package io.meterhub.dashboard.notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.notices.Board;
import io.meterhub.cabinet.notices.BoardAnnouncement;
import io.meterhub.cabinet.notices.BoardOutage;
import io.meterhub.cabinet.notices.NoticeBoard;
import io.meterhub.cabinet.notices.OutagePhase;
import io.meterhub.cabinet.notices.PlannedOutage;
import io.meterhub.dashboard.ui.CustomerPage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The customer's announcements and outages as cards: an announcement opens to its text (shown as written, never as markup) and
 * is then read; an outage says when, what, why, where and which of the customer's accounts. The overview shows the current
 * announcements; the page also those ended within a month.
 */
public final class CustomerNotices extends Div {
    public static final String ANNOUNCEMENTS_ID = "notices-announcements";
    public static final String UNREAD_ID = "notices-unread";
    public static final String OUTAGES_ID = "notices-outages";
    public static final String ALL_LINK_ID = "notices-all";

    private final transient NoticeBoard board;
    private final transient Viewer viewer;
    private final Span unread = new Span();
    private long unreadCount;

    /** @param page true on the notices page (recent ones too, no link to itself) */
    public CustomerNotices(NoticeBoard board, Viewer viewer, boolean page) {
        this.board = board;
        this.viewer = viewer;
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        Board mine = board.board(viewer);
        List<BoardAnnouncement> announcements = page ? mine.announcements() : mine.current();
        unreadCount = mine.unread();
        if (!announcements.isEmpty() || page) {
            add(announcements(announcements, page));
        }
        if (!mine.outages().isEmpty() || page) {
            add(outages(mine.outages()));
        }
    }

    /** Nothing to show: no current announcement and no outage (on the overview). */
    public boolean empty() {
        return getChildren().findAny().isEmpty();
    }

    public long unreadCount() {
        return unreadCount;
    }

    private Div announcements(List<BoardAnnouncement> announcements, boolean page) {
        H3 heading = new H3(getTranslation("notices.customer.announcements"));
        heading.getStyle().set("margin", "0");
        unread.setId(UNREAD_ID);
        NoticeFormat.pill(unread, "primary");
        showUnread();
        Div title = new Div(heading, unread);
        title.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center").set("flex-wrap", "wrap");
        Div box = card(title);
        box.setId(ANNOUNCEMENTS_ID);
        if (announcements.isEmpty()) {
            box.add(secondary(getTranslation("notices.customer.no-announcements")));
        }
        for (BoardAnnouncement a : announcements) {
            box.add(announcement(a));
        }
        if (!page) {
            Anchor all = new Anchor(NoticesView.ROUTE, getTranslation("notices.customer.all"));
            all.setId(ALL_LINK_ID);
            box.add(all);
        }
        return box;
    }

    private Component announcement(BoardAnnouncement item) {
        long id = item.announcement().id();
        Span title = new Span(item.announcement().title());
        title.getStyle().set("font-weight", "600");
        Span marker = new Span(getTranslation(item.current() ? "notices.customer.new" : "notices.customer.ended"));
        marker.setId("announcement-" + id + "-marker");
        NoticeFormat.pill(marker, item.current() ? "success" : "contrast");
        marker.setVisible(!item.current() || !item.read());
        Div summary = new Div(title, marker);
        summary.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
        Paragraph text = new Paragraph(item.announcement().text());
        text.setId("announcement-" + id + "-text");
        // the staff's line breaks as written; Paragraph's text is escaped, never markup
        text.getStyle().set("white-space", "pre-line").set("margin", "0").set("overflow-wrap", "anywhere");
        Div content = new Div(text, secondary(item.organizationName() + " · " + NoticeFormat.period(this, item.announcement())));
        Details details = new Details(summary, content);
        details.setId("announcement-" + id);
        details.setWidthFull();
        boolean[] read = {item.read()};
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && !read[0]) {
                try {
                    board.read(viewer, id);
                    read[0] = true;
                    if (item.current()) {
                        marker.setVisible(false);
                        unreadCount--;
                        showUnread();
                    }
                } catch (CabinetException gone) {
                    // withdrawn meanwhile: the text stays on this screen, nothing is counted
                }
            }
        });
        return details;
    }

    private void showUnread() {
        unread.setText(getTranslation("notices.customer.unread", unreadCount));
        unread.setVisible(unreadCount > 0);
    }

    private Div outages(List<BoardOutage> outages) {
        H3 heading = new H3(getTranslation("notices.customer.outages"));
        heading.getStyle().set("margin", "0");
        Div box = card(heading);
        box.setId(OUTAGES_ID);
        if (outages.stream().anyMatch(o -> o.phase() != OutagePhase.PAST)) {
            box.getStyle().set("border-color", "var(--lumo-warning-color, #f0ad4e)").set("background", "var(--lumo-warning-color-10pct, #fff8e6)");
        }
        if (outages.isEmpty()) {
            box.add(secondary(getTranslation("notices.customer.no-outages")));
        }
        for (BoardOutage item : outages) {
            box.add(outage(item));
        }
        return box;
    }

    private Div outage(BoardOutage item) {
        PlannedOutage o = item.outage();
        Span what = new Span(NoticeFormat.service(this, o.serviceCode()) + ": " + NoticeFormat.span(this, o));
        what.getStyle().set("font-weight", "600");
        Span phase = new Span(getTranslation("notices.phase." + item.phase().name()));
        phase.setId("outage-" + o.id() + "-phase");
        NoticeFormat.pill(phase, switch (item.phase()) {
            case CURRENT -> "error";
            case UPCOMING -> "primary";
            case PAST -> "contrast";
        });
        Div head = new Div(what, phase);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("align-items", "baseline");
        Span reason = new Span(getTranslation("notices.reason", o.reason()));
        reason.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(head, reason,
                secondary(getTranslation("notices.addresses", o.addresses().stream().map(r -> NoticeFormat.range(this, r))
                        .collect(Collectors.joining("; ")))),
                secondary(getTranslation("notices.customer.accounts", item.organizationName(), String.join(", ", item.accountNumbers()))));
        line.setId("outage-" + o.id());
        line.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        if (item.phase() == OutagePhase.PAST) {
            line.getStyle().set("opacity", "0.7");
        }
        return line;
    }

    /** A secondary line that breaks a long word rather than widen a phone's page. */
    static Span secondary(String text) {
        Span span = CustomerPage.secondary(text);
        span.getStyle().set("overflow-wrap", "anywhere");
        return span;
    }

    private static Div card(Component... content) {
        return CustomerPage.card(content);
    }
}
