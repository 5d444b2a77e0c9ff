package io.meterhub.cabinet.notices;

/** An announcement as a customer sees it: from which organization, whether they read it, whether it is still in force. */
public record BoardAnnouncement(Announcement announcement, String organizationName, boolean read, boolean current) {
}
