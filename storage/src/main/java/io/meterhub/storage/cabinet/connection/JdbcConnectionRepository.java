package io.meterhub.storage.cabinet.connection;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.connection.ApplicationRow;
import io.meterhub.cabinet.connection.ConnectionRepository;
import io.meterhub.cabinet.connection.DocumentRow;
import io.meterhub.cabinet.connection.NewDocumentRow;
import io.meterhub.cabinet.connection.QueueQuery;
import io.meterhub.cabinet.connection.StatusChangeRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ConnectionRepository} over JDBC. */
public final class JdbcConnectionRepository implements ConnectionRepository {
    private static final String SELECT = """
            SELECT a.*, o.name AS organization_name, o.time_zone AS organization_time_zone, c.user_id AS applicant_user_id,
                   c.kind AS applicant_kind, c.full_name AS applicant_name, s.name AS supplier_name
              FROM connection_application a
              JOIN organization o ON o.id = a.organization_id
              JOIN customer c ON c.id = a.customer_id
              LEFT JOIN organization s ON s.id = a.supplier_organization_id
            """;
    private static final String DOCUMENT = """
            SELECT id, application_id, kind, file_name, content_type, size, sha256, uploaded_at, uploaded_by, uploader_side
              FROM connection_document
            """;

    private final DataSource dataSource;

    public JdbcConnectionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- applications

    @Override
    public long create(Tx tx, String organizationId, long customerId, boolean paper, long createdBy, Instant at,
                       boolean byRepresentative, String representativeName) {
        return Jdbc.insert(tx, """
                INSERT INTO connection_application (organization_id, customer_id, paper, created_by, created_at, updated_at,
                                                    by_representative, representative_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                organizationId, customerId, paper, createdBy, at, at, byRepresentative, representativeName);
    }

    @Override
    public Optional<ApplicationRow> byId(long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE a.id = ?", JdbcConnectionRepository::row, id);
    }

    @Override
    public Optional<ApplicationRow> lock(Tx tx, long id) {
        Jdbc.one(tx, "SELECT id FROM connection_application WHERE id = ? FOR UPDATE", r -> r.getLong(1), id);
        return Jdbc.one(tx, SELECT + " WHERE a.id = ?", JdbcConnectionRepository::row, id);
    }

    @Override
    public void saveApplicant(Tx tx, long id, boolean byRepresentative, String representativeName, Instant at) {
        Jdbc.update(tx, "UPDATE connection_application SET by_representative = ?, representative_name = ?, updated_at = ? WHERE id = ?",
                byRepresentative, representativeName, at, id);
    }

    @Override
    public void saveObject(Tx tx, long id, String address, String cadastralNumber, String objectKind, Instant at) {
        Jdbc.update(tx, "UPDATE connection_application SET address = ?, cadastral_number = ?, object_kind = ?, updated_at = ? WHERE id = ?",
                address, cadastralNumber, objectKind, at, id);
    }

    @Override
    public void savePower(Tx tx, long id, BigDecimal maxPowerKw, BigDecimal connectedPowerKw, String voltage,
                          String reliability, String connectionKind, Instant at) {
        Jdbc.update(tx, """
                UPDATE connection_application SET max_power_kw = ?, connected_power_kw = ?, voltage_level = ?, reliability_category = ?,
                                                  connection_kind = ?, updated_at = ?
                 WHERE id = ?""", maxPowerKw, connectedPowerKw, voltage, reliability, connectionKind, at, id);
    }

    @Override
    public void saveSupplier(Tx tx, long id, String supplierId, Instant at) {
        Jdbc.update(tx, "UPDATE connection_application SET supplier_organization_id = ?, updated_at = ? WHERE id = ?", supplierId, at, id);
    }

    @Override
    public void touch(Tx tx, long id, Instant at) {
        Jdbc.update(tx, "UPDATE connection_application SET updated_at = ? WHERE id = ?", at, id);
    }

    @Override
    public void setFee(Tx tx, long id, BigDecimal fee) {
        Jdbc.update(tx, "UPDATE connection_application SET fee = ? WHERE id = ?", fee, id);
    }

    @Override
    public void changeStatus(Tx tx, long id, String from, String to, Instant at, long userId, String reason,
                             LocalDate deadline, String deadlineStep) {
        Jdbc.update(tx, "UPDATE connection_application SET status = ?, deadline = ?, deadline_step = ?, updated_at = ? WHERE id = ?",
                to, deadline, deadlineStep, at, id);
        Jdbc.insert(tx, """
                INSERT INTO connection_status_change (application_id, from_status, to_status, at, user_id, reason, deadline, deadline_step)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", id, from, to, at, userId, reason, deadline, deadlineStep);
    }

    @Override
    public void number(Tx tx, long id, String number, Instant submittedAt) {
        Jdbc.update(tx, "UPDATE connection_application SET number = ?, submitted_at = ? WHERE id = ? AND number IS NULL",
                number, submittedAt, id);
    }

    @Override
    public int nextInSeries(Tx tx, int year) {
        return Jdbc.one(tx, """
                INSERT INTO connection_number_series (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = connection_number_series.last + 1 RETURNING last""",
                r -> r.getInt(1), year).orElseThrow();
    }

    @Override
    public List<ApplicationRow> ofUser(long userId) {
        return Jdbc.list(dataSource, SELECT + " WHERE c.user_id = ? ORDER BY a.created_at DESC, a.id DESC", JdbcConnectionRepository::row, userId);
    }

    @Override
    public List<ApplicationRow> queue(QueueQuery query, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return Jdbc.list(dataSource, SELECT + where + " ORDER BY a.deadline NULLS LAST, a.submitted_at NULLS LAST, a.id LIMIT ? OFFSET ?",
                JdbcConnectionRepository::row, parameters.toArray());
    }

    @Override
    public long count(QueueQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return Jdbc.one(dataSource, """
                SELECT count(*) FROM connection_application a JOIN customer c ON c.id = a.customer_id""" + where,
                r -> r.getLong(1), parameters.toArray()).orElse(0L);
    }

    private static String where(QueueQuery q, List<Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (q.organizationId() != null) {
            where.append(" WHERE a.organization_id = ? AND (a.status <> 'DRAFT' OR a.paper)");
            parameters.add(q.organizationId());
        } else {
            where.append(" WHERE a.supplier_organization_id = ? AND a.status <> 'DRAFT'");
            parameters.add(q.supplierId());
        }
        if (q.status() != null) {
            where.append(" AND a.status = ?");
            parameters.add(q.status());
        }
        if (q.category() != null) {
            where.append(" AND c.kind = ?");
            parameters.add(q.category());
        }
        if (q.overdueOn() != null) {
            where.append(" AND a.deadline < ? AND a.status NOT IN ('CONNECTED', 'CANCELLED', 'REFUSED')");
            parameters.add(q.overdueOn());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (lower(coalesce(a.number, '')) LIKE ? OR lower(c.full_name) LIKE ? OR lower(coalesce(a.address, '')) LIKE ?"
                    + " OR lower(coalesce(a.cadastral_number, '')) LIKE ?)");
            parameters.addAll(List.of(like, like, like, like));
        }
        return where.toString();
    }

    @Override
    public List<StatusChangeRow> changes(long applicationId) {
        return Jdbc.list(dataSource, """
                SELECT x.id, x.application_id, x.from_status, x.to_status, x.at, x.user_id, u.display_name, u.role, x.reason, x.deadline,
                       x.deadline_step
                  FROM connection_status_change x JOIN app_user u ON u.id = x.user_id
                 WHERE x.application_id = ? ORDER BY x.at, x.id""",
                r -> new StatusChangeRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), Jdbc.instant(r, "at"), r.getLong(6),
                        r.getString(7), r.getString(8), r.getString(9), Jdbc.date(r, "deadline"), r.getString(11)), applicationId);
    }

    // ---- organizations

    @Override
    public Map<String, String> organizationsOfKind(String kind) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT id, name FROM organization WHERE kind = ? ORDER BY name, id", r -> result.put(r.getString(1), r.getString(2)),
                kind);
        return result;
    }

    @Override
    public Optional<String> organizationKind(String id) {
        return Jdbc.one(dataSource, "SELECT kind FROM organization WHERE id = ?", r -> r.getString(1), id);
    }

    @Override
    public Optional<String> organizationZone(String id) {
        return Jdbc.one(dataSource, "SELECT time_zone FROM organization WHERE id = ?", r -> r.getString(1), id);
    }

    @Override
    public Optional<String> organizationInn(String id) {
        return Jdbc.one(dataSource, "SELECT inn FROM organization WHERE id = ?", r -> r.getString(1), id);
    }

    @Override
    public boolean codeSigningForLegalEntities(String organizationId) {
        return Jdbc.one(dataSource, "SELECT code_signing_for_legal_entities FROM organization WHERE id = ?", r -> r.getBoolean(1), organizationId)
                .orElse(false);
    }

    @Override
    public void setCodeSigningForLegalEntities(String organizationId, boolean allowed) {
        Jdbc.update(dataSource, "UPDATE organization SET code_signing_for_legal_entities = ? WHERE id = ?", allowed, organizationId);
    }

    // ---- documents

    @Override
    public long addDocument(Tx tx, NewDocumentRow d) {
        return Jdbc.insert(tx, """
                INSERT INTO connection_document (application_id, kind, file_name, content_type, size, content, sha256, uploaded_at,
                                                 uploaded_by, uploader_side)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                d.applicationId(), d.kind(), d.fileName(), d.contentType(), d.content().length, d.content(), d.sha256(),
                d.uploadedAt(), d.uploadedBy(), d.uploaderSide());
    }

    @Override
    public List<DocumentRow> documents(long applicationId) {
        return Jdbc.list(dataSource, DOCUMENT + " WHERE application_id = ? ORDER BY id", JdbcConnectionRepository::document, applicationId);
    }

    @Override
    public List<DocumentRow> documents(Tx tx, long applicationId) {
        return Jdbc.list(tx, DOCUMENT + " WHERE application_id = ? ORDER BY id", JdbcConnectionRepository::document, applicationId);
    }

    @Override
    public Optional<DocumentRow> document(long applicationId, long documentId) {
        return Jdbc.one(dataSource, DOCUMENT + " WHERE application_id = ? AND id = ?", JdbcConnectionRepository::document, applicationId, documentId);
    }

    @Override
    public Optional<byte[]> content(long applicationId, long documentId) {
        return Jdbc.one(dataSource, "SELECT content FROM connection_document WHERE application_id = ? AND id = ?", r -> r.getBytes(1),
                applicationId, documentId);
    }

    @Override
    public Optional<byte[]> content(Tx tx, long documentId) {
        return Jdbc.one(tx, "SELECT content FROM connection_document WHERE id = ?", r -> r.getBytes(1), documentId);
    }

    @Override
    public int removeDocument(Tx tx, long applicationId, long documentId) {
        return Jdbc.update(tx, "DELETE FROM connection_document WHERE application_id = ? AND id = ?",
                applicationId, documentId);
    }

    private static DocumentRow document(ResultSet r) throws SQLException {
        return new DocumentRow(r.getLong("id"), r.getLong("application_id"), r.getString("kind"),
                r.getString("file_name"), r.getString("content_type"), r.getInt("size"), r.getString("sha256"), Jdbc.instant(r, "uploaded_at"),
                r.getLong("uploaded_by"), r.getString("uploader_side"));
    }

    private static ApplicationRow row(ResultSet r) throws SQLException {
        return new ApplicationRow(r.getLong("id"), r.getString("number"), r.getString("organization_id"), r.getString("organization_name"),
                r.getString("organization_time_zone"), r.getLong("customer_id"), Jdbc.nullableLong(r, "applicant_user_id"),
                r.getString("applicant_kind"), r.getString("applicant_name"), r.getString("status"), r.getBoolean("paper"),
                r.getLong("created_by"), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "updated_at"), Jdbc.instant(r, "submitted_at"),
                r.getBoolean("by_representative"), r.getString("representative_name"), r.getString("address"), r.getString("cadastral_number"),
                r.getString("object_kind"), r.getBigDecimal("max_power_kw"), r.getBigDecimal("connected_power_kw"), r.getString("voltage_level"),
                r.getString("reliability_category"), r.getString("connection_kind"), r.getString("supplier_organization_id"),
                r.getString("supplier_name"), r.getBigDecimal("fee"), Jdbc.date(r, "deadline"), r.getString("deadline_step"));
    }
}
