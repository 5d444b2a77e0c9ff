package io.meterhub.cabinet.notices;

/**
 * Tells a customer of an announcement or outage that reaches them; called after the change is committed, once per user and item.
 * The cabinet runs {@link NotificationsForNotices}.
 */
public interface NoticeNotifier {
    /** An outage touching one of the user's accounts was published (or widened to reach them): inbox, email and SMS. */
    void outagePublished(long userId, PlannedOutage outage, String organizationName);

    /** The email copy of an announcement: email only, the frame in the user's language, the text as written. */
    void announcementCopy(long userId, Announcement announcement, String organizationName);

    NoticeNotifier NONE = new NoticeNotifier() {
        @Override
        public void outagePublished(long userId, PlannedOutage outage, String organizationName) {
        }

        @Override
        public void announcementCopy(long userId, Announcement announcement, String organizationName) {
        }
    };
}
