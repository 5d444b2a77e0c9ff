package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Announcements, planned outages, their readers and the notices sent about them. */
public interface NoticeRepository {
    long createAnnouncement(Tx tx, AnnouncementRow row);

    /** Stores title, text, period, audience and copy; the author and creation stay. */
    void updateAnnouncement(Tx tx, AnnouncementRow row);

    void withdrawAnnouncement(Tx tx, long id, Instant at);

    Optional<AnnouncementRow> announcement(long id);

    /** The organization's announcements, withdrawn ones too, the newest first. */
    List<AnnouncementRow> announcementsOf(String organizationId);

    /** Those of these organizations not withdrawn that are valid on some day from {@code endingOnOrAfter} on. */
    List<AnnouncementRow> announcementsInForce(Collection<String> organizationIds, LocalDate endingOnOrAfter);

    /** Of these announcements, the ones the user read. */
    Set<Long> read(long userId, Collection<Long> announcementIds);

    void markRead(long userId, long announcementId, Instant at);

    long createOutage(Tx tx, OutageRow row);

    /** Stores service, reason, times and addresses (replacing them). */
    void updateOutage(Tx tx, OutageRow row);

    void withdrawOutage(Tx tx, long id, Instant at);

    Optional<OutageRow> outage(long id);

    List<OutageRow> outagesOf(String organizationId);

    /** Those of these organizations not withdrawn that end after {@code endingAfter}, the earliest start first. */
    List<OutageRow> outagesInForce(Collection<String> organizationIds, Instant endingAfter);

    /** Every account of the organization with its address and services, once per login holding it (its customer's, and those who attached it). */
    List<AudienceAccountRow> audience(String organizationId);

    /** The services the organization bills: those of its settings (organization_service) and those on its accounts. */
    List<String> servicesOf(String organizationId);

    /** Records the notice for those of the users not told yet and returns them: each user is told once per item. */
    List<Long> claimNotices(Tx tx, String kind, long subjectId, Collection<Long> userIds, Instant at);
}
