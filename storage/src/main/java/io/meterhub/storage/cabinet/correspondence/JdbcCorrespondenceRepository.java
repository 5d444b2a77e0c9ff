package io.meterhub.storage.cabinet.correspondence;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.correspondence.AttachmentRow;
import io.meterhub.cabinet.correspondence.CorrespondenceRepository;
import io.meterhub.cabinet.correspondence.MessageRow;
import io.meterhub.cabinet.correspondence.ThreadRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link CorrespondenceRepository} over JDBC. */
public final class JdbcCorrespondenceRepository implements CorrespondenceRepository {
    private static final String THREAD = "SELECT id, subject_kind, subject_id, customer_user_id FROM correspondence_thread";
    private static final String ATTACHMENT = """
            SELECT x.id, x.message_id, x.label, x.file_name, x.content_type, x.size, x.sha256, m.at, m.side
              FROM correspondence_attachment x JOIN correspondence_message m ON m.id = x.message_id
            """;

    private final DataSource dataSource;

    public JdbcCorrespondenceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ThreadRow> thread(String subjectKind, long subjectId) {
        return Jdbc.one(dataSource, THREAD + " WHERE subject_kind = ? AND subject_id = ?", JdbcCorrespondenceRepository::thread, subjectKind, subjectId);
    }

    @Override
    public ThreadRow lockThread(Tx tx, String subjectKind, long subjectId, Long customerUserId) {
        Jdbc.update(tx, """
                INSERT INTO correspondence_thread (subject_kind, subject_id, customer_user_id) VALUES (?, ?, ?)
                ON CONFLICT (subject_kind, subject_id) DO NOTHING""", subjectKind, subjectId, customerUserId);
        return Jdbc.one(tx, THREAD + " WHERE subject_kind = ? AND subject_id = ? FOR UPDATE", JdbcCorrespondenceRepository::thread,
                subjectKind, subjectId).orElseThrow();
    }

    @Override
    public MessageRow addMessage(Tx tx, long threadId, String numberPrefix, Instant at, String side, long userId, String text) {
        int seq = Jdbc.one(tx, "SELECT coalesce(max(seq), 0) + 1 FROM correspondence_message WHERE thread_id = ?", r -> r.getInt(1),
                threadId).orElse(1);
        String number = numberPrefix + "/" + seq;
        long id = Jdbc.insert(tx, """
                INSERT INTO correspondence_message (thread_id, seq, number, at, side, user_id, text)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", threadId, seq, number, at, side, userId, text);
        return new MessageRow(id, threadId, seq, number, at, side, userId, null, text);
    }

    @Override
    public long addAttachment(Tx tx, long messageId, String label, String fileName, String contentType, byte[] content,
                              String sha256) {
        return Jdbc.insert(tx, """
                INSERT INTO correspondence_attachment (message_id, label, file_name, content_type, size, content, sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", messageId, label, fileName, contentType, content.length, content, sha256);
    }

    @Override
    public List<MessageRow> messages(long threadId) {
        return Jdbc.list(dataSource, """
                SELECT m.id, m.thread_id, m.seq, m.number, m.at, m.side, m.user_id, u.display_name, m.text
                  FROM correspondence_message m JOIN app_user u ON u.id = m.user_id
                 WHERE m.thread_id = ? ORDER BY m.seq""",
                r -> new MessageRow(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), Jdbc.instant(r, "at"), r.getString(6),
                        r.getLong(7), r.getString(8), r.getString(9)), threadId);
    }

    @Override
    public List<AttachmentRow> attachments(long threadId) {
        return Jdbc.list(dataSource, ATTACHMENT + " WHERE m.thread_id = ? ORDER BY x.id", JdbcCorrespondenceRepository::attachment, threadId);
    }

    @Override
    public Optional<AttachmentRow> attachment(long threadId, long attachmentId) {
        return Jdbc.one(dataSource, ATTACHMENT + " WHERE m.thread_id = ? AND x.id = ?", JdbcCorrespondenceRepository::attachment, threadId, attachmentId);
    }

    @Override
    public Optional<byte[]> content(long threadId, long attachmentId) {
        return Jdbc.one(dataSource, """
                SELECT x.content FROM correspondence_attachment x JOIN correspondence_message m ON m.id = x.message_id
                 WHERE m.thread_id = ? AND x.id = ?""", r -> r.getBytes(1), threadId, attachmentId);
    }

    @Override
    public void markRead(long threadId, String side, int seq) {
        Jdbc.update(dataSource, """
                INSERT INTO correspondence_read (thread_id, side, last_seq) VALUES (?, ?, ?)
                ON CONFLICT (thread_id, side) DO UPDATE SET last_seq = greatest(correspondence_read.last_seq, excluded.last_seq)""",
                threadId, side, seq);
    }

    @Override
    public int lastRead(long threadId, String side) {
        return Jdbc.one(dataSource, "SELECT last_seq FROM correspondence_read WHERE thread_id = ? AND side = ?", r -> r.getInt(1), threadId, side)
                .orElse(0);
    }

    private static ThreadRow thread(ResultSet r) throws SQLException {
        return new ThreadRow(r.getLong("id"), r.getString("subject_kind"), r.getLong("subject_id"), Jdbc.nullableLong(r, "customer_user_id"));
    }

    private static AttachmentRow attachment(ResultSet r) throws SQLException {
        return new AttachmentRow(r.getLong("id"), r.getLong("message_id"), r.getString("label"), r.getString("file_name"), r.getString("content_type"),
                r.getInt("size"), r.getString("sha256"), Jdbc.instant(r, "at"), r.getString("side"));
    }
}
