package io.meterhub.cabinet.notices;

import java.util.List;

/**
 * What a customer's overview and notices page show: the announcements addressed to them (current ones, then those ended
 * within a month), and the outages touching their accounts (current and upcoming, then those over within a month).
 */
public record Board(List<BoardAnnouncement> announcements, List<BoardOutage> outages) {
    public Board {
        announcements = List.copyOf(announcements);
        outages = List.copyOf(outages);
    }

    public List<BoardAnnouncement> current() {
        return announcements.stream().filter(BoardAnnouncement::current).toList();
    }

    public long unread() {
        return announcements.stream().filter(a -> a.current() && !a.read()).count();
    }

    /** Current and upcoming outages. */
    public List<BoardOutage> comingOrOn() {
        return outages.stream().filter(o -> o.phase() != OutagePhase.PAST).toList();
    }
}
