package io.meterhub.dashboard.ui;

/** What shows the unread notifications (the layout's bell): the inbox asks it to count again after reading. */
public interface UnreadCount {
    void refreshUnread();
}
