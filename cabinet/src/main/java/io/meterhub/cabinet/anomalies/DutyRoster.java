package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notifications.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/** Operators and administrators mark themselves on or off duty: those on duty hear of HIGH anomalies ({@link AnomalyAlerts}). */
public final class DutyRoster {
    private static final Logger LOG = LoggerFactory.getLogger(DutyRoster.class);
    private final NotificationRepository users;
    private final AccessPolicy access;

    public DutyRoster(NotificationRepository users, AccessPolicy access) {
        this.users = users;
        this.access = access;
    }

    public boolean onDuty(Viewer viewer) {
        access.requireStaff(viewer);
        return users.isOnDuty(viewer.userId());
    }

    public void setOnDuty(Viewer viewer, boolean onDuty) {
        access.requireStaff(viewer);
        users.setOnDuty(viewer.userId(), onDuty);
        LOG.info("user {} is {} duty", viewer.userId(), onDuty ? "on" : "off");
    }
}
