package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.correspondence.FileContent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An appeal's page for whoever may see it, and its files; reading the page marks the thread read for the viewer's side. */
public final class AppealQueries {
    private final AppealRepository appeals;
    private final AppealAccess access;
    private final AppealThread thread;
    private final Clock clock;

    public AppealQueries(AppealRepository appeals, AppealAccess access, AppealThread thread, Clock clock) {
        this.appeals = appeals;
        this.access = access;
        this.thread = thread;
        this.clock = clock;
    }

    public AppealCard card(Viewer viewer, long appealId) {
        Appeal appeal = access.visible(viewer, appealId);
        boolean staff = viewer.role().staff();
        List<AppealComment> comments = staff
                ? appeals.comments(appealId).stream().map(c -> new AppealComment(c.id(), c.authorName(), c.at(), c.text())).toList()
                : List.of();
        Instant now = clock.instant();
        List<AppealChange> history = appeals.changes(appealId).stream().map(c -> new AppealChange(AppealStatus.valueOf(c.toStatus()), c.at()))
                .toList();
        AppealCard card = new AppealCard(appeal, appeal.overdue(now), thread.messages(viewer, appeal), history, comments,
                appeal.actions(staff, now));
        thread.markRead(viewer, appeal);
        return card;
    }

    public FileContent attachment(Viewer viewer, long appealId, long attachmentId) {
        return thread.attachment(viewer, access.visible(viewer, appealId), attachmentId);
    }

    public long maxAttachmentBytes() {
        return thread.maxAttachmentBytes();
    }
}
