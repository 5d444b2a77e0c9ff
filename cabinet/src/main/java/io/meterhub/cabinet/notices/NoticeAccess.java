package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;

import java.util.Objects;
import java.util.Optional;

/**
 * Staff of the organization holding the ANNOUNCEMENTS module (checked on every call) manage its announcements and outages;
 * another organization's read as not found, whether they exist or not.
 */
public final class NoticeAccess {
    public static final String NO_SUCH_ANNOUNCEMENT = "notices.no_such_announcement";
    public static final String NO_SUCH_OUTAGE = "notices.no_such_outage";

    private final NoticeRepository notices;
    private final StaffRights rights;

    public NoticeAccess(NoticeRepository notices, StaffRights rights) {
        this.notices = notices;
        this.rights = rights;
    }

    public void requireStaff(Viewer viewer) {
        if (!viewer.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        rights.require(viewer, StaffModule.ANNOUNCEMENTS);
    }

    public AnnouncementRow announcement(Viewer viewer, long id) {
        requireStaff(viewer);
        return ours(viewer, notices.announcement(id), NO_SUCH_ANNOUNCEMENT, AnnouncementRow::organizationId);
    }

    public OutageRow outage(Viewer viewer, long id) {
        requireStaff(viewer);
        return ours(viewer, notices.outage(id), NO_SUCH_OUTAGE, OutageRow::organizationId);
    }

    private static <T> T ours(Viewer viewer, Optional<T> row, String code, java.util.function.Function<T, String> organization) {
        return row.filter(r -> Objects.equals(organization.apply(r), viewer.organizationId()))
                .orElseThrow(() -> new AccessDeniedException(code));
    }
}
