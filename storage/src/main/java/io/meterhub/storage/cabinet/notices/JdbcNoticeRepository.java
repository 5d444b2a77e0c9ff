package io.meterhub.storage.cabinet.notices;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.notices.AddressRangeRow;
import io.meterhub.cabinet.notices.AnnouncementRow;
import io.meterhub.cabinet.notices.AudienceAccountRow;
import io.meterhub.cabinet.notices.NoticeRepository;
import io.meterhub.cabinet.notices.OutageRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link NoticeRepository} over JDBC. */
public final class JdbcNoticeRepository implements NoticeRepository {
    private static final String OUTAGES = """
            SELECT o.*, COALESCE((SELECT json_agg(json_build_array(a.street, a.house_from, a.house_to, a.parity) ORDER BY a.position)::text
                                    FROM planned_outage_address a WHERE a.outage_id = o.id), '[]') AS addresses
              FROM planned_outage o
            """;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final DataSource dataSource;

    public JdbcNoticeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long createAnnouncement(Tx tx, AnnouncementRow a) {
        AddressRangeRow address = a.address();
        return Jdbc.insert(tx, """
                INSERT INTO announcement (organization_id, title, body, valid_from, valid_to, audience, street, house_from, house_to, parity,
                                          service_code, email_copy, author_user_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                a.organizationId(), a.title(), a.body(), a.validFrom(), a.validTo(), a.audience(), address == null ? null : address.street(),
                address == null ? null : address.houseFrom(), address == null ? null : address.houseTo(), address == null ? "ANY" : address.parity(),
                a.serviceCode(), a.emailCopy(), a.authorUserId(), a.createdAt(), a.updatedAt());
    }

    @Override
    public void updateAnnouncement(Tx tx, AnnouncementRow a) {
        AddressRangeRow address = a.address();
        Jdbc.update(tx, """
                UPDATE announcement SET title = ?, body = ?, valid_from = ?, valid_to = ?, audience = ?, street = ?, house_from = ?, house_to = ?,
                                        parity = ?, service_code = ?, email_copy = ?, updated_at = ?
                 WHERE id = ?""",
                a.title(), a.body(), a.validFrom(), a.validTo(), a.audience(), address == null ? null : address.street(),
                address == null ? null : address.houseFrom(), address == null ? null : address.houseTo(), address == null ? "ANY" : address.parity(),
                a.serviceCode(), a.emailCopy(), a.updatedAt(), a.id());
    }

    @Override
    public void withdrawAnnouncement(Tx tx, long id, Instant at) {
        Jdbc.update(tx, "UPDATE announcement SET withdrawn_at = ?, updated_at = ? WHERE id = ? AND withdrawn_at IS NULL", at, at, id);
    }

    @Override
    public Optional<AnnouncementRow> announcement(long id) {
        return Jdbc.one(dataSource, "SELECT * FROM announcement WHERE id = ?", JdbcNoticeRepository::announcement, id);
    }

    @Override
    public List<AnnouncementRow> announcementsOf(String organizationId) {
        return Jdbc.list(dataSource, "SELECT * FROM announcement WHERE organization_id = ? ORDER BY created_at DESC, id DESC",
                JdbcNoticeRepository::announcement, organizationId);
    }

    @Override
    public List<AnnouncementRow> announcementsInForce(Collection<String> organizationIds, LocalDate endingOnOrAfter) {
        return Jdbc.list(dataSource, """
                SELECT * FROM announcement
                 WHERE organization_id = ANY (?) AND withdrawn_at IS NULL AND valid_to >= ?
                 ORDER BY valid_from DESC, id DESC""", JdbcNoticeRepository::announcement, organizationIds.toArray(String[]::new), endingOnOrAfter);
    }

    @Override
    public Set<Long> read(long userId, Collection<Long> announcementIds) {
        if (announcementIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Jdbc.list(dataSource, "SELECT announcement_id FROM announcement_read WHERE user_id = ? AND announcement_id = ANY (?)",
                r -> r.getLong(1), userId, announcementIds.toArray(Long[]::new)));
    }

    @Override
    public void markRead(long userId, long announcementId, Instant at) {
        Jdbc.update(dataSource, "INSERT INTO announcement_read (announcement_id, user_id, read_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                announcementId, userId, at);
    }

    @Override
    public long createOutage(Tx tx, OutageRow o) {
        long id = Jdbc.insert(tx, """
                INSERT INTO planned_outage (organization_id, service_code, reason, starts_at, ends_at, author_user_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                o.organizationId(), o.serviceCode(), o.reason(), o.startsAt(), o.endsAt(), o.authorUserId(), o.createdAt(), o.updatedAt());
        addresses(tx, id, o.addresses());
        return id;
    }

    @Override
    public void updateOutage(Tx tx, OutageRow o) {
        Jdbc.update(tx, "UPDATE planned_outage SET service_code = ?, reason = ?, starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?",
                o.serviceCode(), o.reason(), o.startsAt(), o.endsAt(), o.updatedAt(), o.id());
        Jdbc.update(tx, "DELETE FROM planned_outage_address WHERE outage_id = ?", o.id());
        addresses(tx, o.id(), o.addresses());
    }

    private static void addresses(Tx tx, long outageId, List<AddressRangeRow> addresses) {
        for (int i = 0; i < addresses.size(); i++) {
            AddressRangeRow a = addresses.get(i);
            Jdbc.update(tx, "INSERT INTO planned_outage_address (outage_id, position, street, house_from, house_to, parity) VALUES (?, ?, ?, ?, ?, ?)",
                    outageId, i, a.street(), a.houseFrom(), a.houseTo(), a.parity());
        }
    }

    @Override
    public void withdrawOutage(Tx tx, long id, Instant at) {
        Jdbc.update(tx, "UPDATE planned_outage SET withdrawn_at = ?, updated_at = ? WHERE id = ? AND withdrawn_at IS NULL", at, at, id);
    }

    @Override
    public Optional<OutageRow> outage(long id) {
        return Jdbc.one(dataSource, OUTAGES + " WHERE o.id = ?", JdbcNoticeRepository::outage, id);
    }

    @Override
    public List<OutageRow> outagesOf(String organizationId) {
        return Jdbc.list(dataSource, OUTAGES + " WHERE o.organization_id = ? ORDER BY o.starts_at DESC, o.id DESC", JdbcNoticeRepository::outage,
                organizationId);
    }

    @Override
    public List<OutageRow> outagesInForce(Collection<String> organizationIds, Instant endingAfter) {
        return Jdbc.list(dataSource, OUTAGES + " WHERE o.organization_id = ANY (?) AND o.withdrawn_at IS NULL AND o.ends_at > ? ORDER BY o.starts_at, o.id",
                JdbcNoticeRepository::outage, organizationIds.toArray(String[]::new), endingAfter);
    }

    @Override
    public List<AudienceAccountRow> audience(String organizationId) {
        // one row per account and login holding it: its customer's own, and those who attached it (account_access HOLDER)
        return Jdbc.list(dataSource, """
                SELECT a.id, h.user_id, a.address,
                       COALESCE((SELECT array_agg(s.service_code ORDER BY s.service_code) FROM account_service s WHERE s.account_id = a.id), '{}')
                  FROM account a
                 CROSS JOIN LATERAL (SELECT c.user_id FROM customer c WHERE c.id = a.holder_id
                                     UNION SELECT g.user_id FROM account_access g
                                            WHERE g.account_id = a.id AND g.kind = 'HOLDER' AND g.revoked_at IS NULL) h
                 WHERE a.organization_id = ?
                 ORDER BY a.id, h.user_id""",
                r -> new AudienceAccountRow(r.getLong(1), Jdbc.nullableLong(r, "user_id"), r.getString(3), texts(r.getArray(4))), organizationId);
    }

    @Override
    public List<String> servicesOf(String organizationId) {
        // the services it bills by its settings, and those its accounts are charged for (loaded before the settings named them)
        return Jdbc.list(dataSource, """
                SELECT service_code FROM organization_service WHERE organization_id = ?
                 UNION
                SELECT DISTINCT s.service_code FROM account_service s JOIN account a ON a.id = s.account_id WHERE a.organization_id = ?
                 ORDER BY 1""", r -> r.getString(1), organizationId, organizationId);
    }

    @Override
    public List<Long> claimNotices(Tx tx, String kind, long subjectId, Collection<Long> userIds, Instant at) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(tx, """
                INSERT INTO notice_sent (kind, subject_id, user_id, sent_at) SELECT ?, ?, u, ? FROM unnest(?::bigint[]) AS u
                ON CONFLICT DO NOTHING RETURNING user_id""", r -> r.getLong(1), kind, subjectId, at, userIds.toArray(Long[]::new));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static AnnouncementRow announcement(ResultSet r) throws SQLException {
        String street = r.getString("street");
        AddressRangeRow address = street == null ? null
                : new AddressRangeRow(street, r.getString("house_from"), r.getString("house_to"), r.getString("parity"));
        return new AnnouncementRow(r.getLong("id"), r.getString("organization_id"), r.getString("title"), r.getString("body"),
                Jdbc.date(r, "valid_from"), Jdbc.date(r, "valid_to"), r.getString("audience"), address, r.getString("service_code"),
                r.getBoolean("email_copy"), r.getLong("author_user_id"), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "updated_at"),
                Jdbc.instant(r, "withdrawn_at"));
    }

    private static OutageRow outage(ResultSet r) throws SQLException {
        List<AddressRangeRow> addresses = new ArrayList<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode a : JSON.readTree(r.getString("addresses"))) {
                addresses.add(new AddressRangeRow(a.get(0).asText(), a.get(1).isNull() ? null : a.get(1).asText(),
                        a.get(2).isNull() ? null : a.get(2).asText(), a.get(3).asText()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("an outage's addresses are no JSON", e);
        }
        return new OutageRow(r.getLong("id"), r.getString("organization_id"), r.getString("service_code"), r.getString("reason"),
                Jdbc.instant(r, "starts_at"), Jdbc.instant(r, "ends_at"), addresses, r.getLong("author_user_id"), Jdbc.instant(r, "created_at"),
                Jdbc.instant(r, "updated_at"), Jdbc.instant(r, "withdrawn_at"));
    }
}
