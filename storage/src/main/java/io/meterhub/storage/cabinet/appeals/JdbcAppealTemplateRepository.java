package io.meterhub.storage.cabinet.appeals;

import io.meterhub.cabinet.appeals.AppealTemplateRepository;
import io.meterhub.cabinet.appeals.AppealTemplateRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link AppealTemplateRepository} over JDBC. */
public final class JdbcAppealTemplateRepository implements AppealTemplateRepository {
    private static final String SELECT = "SELECT id, organization_id, category, title, body, updated_by, updated_at FROM appeal_template";

    private final DataSource dataSource;

    public JdbcAppealTemplateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<AppealTemplateRow> ofOrganization(String organizationId) {
        return Jdbc.list(dataSource, SELECT + " WHERE organization_id = ? ORDER BY lower(title), id", JdbcAppealTemplateRepository::row,
                organizationId);
    }

    @Override
    public Optional<AppealTemplateRow> byId(String organizationId, long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE organization_id = ? AND id = ?", JdbcAppealTemplateRepository::row, organizationId, id);
    }

    @Override
    public long create(String organizationId, String category, String title, String body, long userId, Instant at) {
        return Jdbc.insert(dataSource, """
                INSERT INTO appeal_template (organization_id, category, title, body, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", organizationId, category, title, body, userId, at);
    }

    @Override
    public void update(long id, String category, String title, String body, long userId, Instant at) {
        Jdbc.update(dataSource, "UPDATE appeal_template SET category = ?, title = ?, body = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                category, title, body, userId, at, id);
    }

    @Override
    public void delete(long id) {
        Jdbc.update(dataSource, "DELETE FROM appeal_template WHERE id = ?", id);
    }

    private static AppealTemplateRow row(ResultSet r) throws SQLException {
        return new AppealTemplateRow(r.getLong("id"), r.getString("organization_id"), r.getString("category"), r.getString("title"),
                r.getString("body"), r.getLong("updated_by"), Jdbc.instant(r, "updated_at"));
    }
}
