package io.meterhub.storage.cabinet.help;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.help.PublicPageRepository;
import io.meterhub.cabinet.help.PublicPageRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PublicPageRepository} over JDBC: versions are only ever inserted. */
public final class JdbcPublicPageRepository implements PublicPageRepository {
    private static final String SELECT = """
            SELECT v.*, u.display_name AS saved_by_name FROM public_page_version v LEFT JOIN app_user u ON u.id = v.saved_by
            """;

    private final DataSource dataSource;

    public JdbcPublicPageRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<PublicPageRow> current(String organizationId, String kind) {
        // the organization's own versions sort before the product's, the newest first
        return Jdbc.one(dataSource, SELECT + """
                 WHERE v.kind = ? AND (v.organization_id = ?::text OR v.organization_id IS NULL)
                 ORDER BY v.organization_id IS NULL, v.id DESC LIMIT 1""", JdbcPublicPageRepository::row, kind, organizationId);
    }

    @Override
    public List<PublicPageRow> history(String organizationId, String kind) {
        return Jdbc.list(dataSource, SELECT + " WHERE v.kind = ? AND v.organization_id = ? ORDER BY v.id DESC", JdbcPublicPageRepository::row,
                kind, organizationId);
    }

    @Override
    public Optional<PublicPageRow> lockCurrent(Tx tx, String organizationId, String kind) {
        Jdbc.one(tx, "SELECT pg_advisory_xact_lock(hashtext('public_page ' || ? || ' ' || ?))", r -> 1, organizationId, kind);
        return Jdbc.one(tx, SELECT + " WHERE v.kind = ? AND v.organization_id = ? ORDER BY v.id DESC LIMIT 1", JdbcPublicPageRepository::row,
                kind, organizationId);
    }

    @Override
    public long append(Tx tx, String organizationId, String kind, String bodyRu, String bodyEn, long userId, Instant at) {
        return Jdbc.insert(tx, "INSERT INTO public_page_version (organization_id, kind, body_ru, body_en, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                organizationId, kind, bodyRu, bodyEn, userId, at);
    }

    private static PublicPageRow row(ResultSet r) throws SQLException {
        return new PublicPageRow(r.getLong("id"), r.getString("organization_id"), r.getString("kind"), r.getString("body_ru"), r.getString("body_en"),
                Jdbc.instant(r, "saved_at"), r.getString("saved_by_name"));
    }
}
