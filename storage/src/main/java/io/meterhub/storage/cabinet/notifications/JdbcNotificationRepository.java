package io.meterhub.storage.cabinet.notifications;

import io.meterhub.cabinet.notifications.DeliveryRow;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.notifications.NotificationRow;
import io.meterhub.cabinet.notifications.RecipientRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link NotificationRepository} over JDBC. */
public final class JdbcNotificationRepository implements NotificationRepository {
    private static final String NOTIFICATION = "SELECT id, user_id, topic, subject, body, link, created_at, read_at FROM notification ";
    /**
     * A user's contacts: their own (staff), else those of the customer they are (an applicant gives them in
     * the profile), so a customer's notifications reach the address and phone they gave.
     */
    private static final String RECIPIENT = """
            SELECT * FROM (SELECT u.id, u.display_name, COALESCE(u.email, c.email) AS email, COALESCE(u.phone, c.phone) AS phone,
                                  u.locale, u.organization_id, u.role, u.on_duty
                           FROM app_user u LEFT JOIN customer c ON c.user_id = u.id) AS recipient
            """;

    private final DataSource dataSource;

    public JdbcNotificationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long insert(long userId, String topic, String subject, String body, String link, Instant createdAt) {
        return Jdbc.insert(dataSource, "INSERT INTO notification (user_id, topic, subject, body, link, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                + "RETURNING id", userId, topic, subject, body, link, createdAt);
    }

    @Override
    public void recordDelivery(long notificationId, String channel, String status, String error, Instant at) {
        Jdbc.update(dataSource, "INSERT INTO notification_delivery (notification_id, channel, status, error, at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (notification_id, channel) DO UPDATE SET status = EXCLUDED.status, error = EXCLUDED.error, at = EXCLUDED.at",
                notificationId, channel, status, error, at);
    }

    @Override
    public List<DeliveryRow> deliveries(long notificationId) {
        return Jdbc.list(dataSource, "SELECT notification_id, channel, status, error, at FROM notification_delivery WHERE notification_id = ? "
                        + "ORDER BY channel",
                r -> new DeliveryRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Jdbc.instant(r, "at")), notificationId);
    }

    @Override
    public List<NotificationRow> inbox(long userId, int limit) {
        return Jdbc.list(dataSource, NOTIFICATION + "WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", JdbcNotificationRepository::row,
                userId, limit);
    }

    @Override
    public Optional<NotificationRow> byId(long id) {
        return Jdbc.one(dataSource, NOTIFICATION + "WHERE id = ?", JdbcNotificationRepository::row, id);
    }

    @Override
    public int unreadCount(long userId) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL", r -> r.getInt(1), userId).orElse(0);
    }

    @Override
    public boolean markRead(long userId, long id, Instant at) {
        int owned = Jdbc.one(dataSource, "SELECT count(*) FROM notification WHERE id = ? AND user_id = ?", r -> r.getInt(1), id, userId).orElse(0);
        if (owned == 0) {
            return false;
        }
        Jdbc.update(dataSource, "UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL", at, id, userId);
        return true;
    }

    @Override
    public int markAllRead(long userId, Instant at) {
        return Jdbc.update(dataSource, "UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL", at, userId);
    }

    @Override
    public Optional<RecipientRow> recipient(long userId) {
        return Jdbc.one(dataSource, RECIPIENT + "WHERE id = ?", JdbcNotificationRepository::recipient, userId);
    }

    @Override
    public List<RecipientRow> onDuty(String organizationId) {
        return Jdbc.list(dataSource, RECIPIENT + "WHERE organization_id = ? AND role IN ('OPERATOR', 'ADMIN') AND on_duty ORDER BY id",
                JdbcNotificationRepository::recipient, organizationId);
    }

    @Override
    public boolean isOnDuty(long userId) {
        return Jdbc.one(dataSource, "SELECT on_duty FROM app_user WHERE id = ?", r -> r.getBoolean(1), userId).orElse(false);
    }

    @Override
    public void setOnDuty(long userId, boolean onDuty) {
        Jdbc.update(dataSource, "UPDATE app_user SET on_duty = ? WHERE id = ?", onDuty, userId);
    }

    @Override
    public void setContacts(long userId, String email, String phone) {
        Jdbc.update(dataSource, "UPDATE app_user SET email = ?, phone = ? WHERE id = ?", email, phone, userId);
    }

    private static NotificationRow row(ResultSet r) throws SQLException {
        return new NotificationRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "read_at"));
    }

    private static RecipientRow recipient(ResultSet r) throws SQLException {
        return new RecipientRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
    }
}
