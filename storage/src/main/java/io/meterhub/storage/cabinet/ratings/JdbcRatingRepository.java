package io.meterhub.storage.cabinet.ratings;

import io.meterhub.cabinet.ratings.RatingRepository;
import io.meterhub.cabinet.ratings.RatingRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link RatingRepository} over JDBC: the unique key on the subject keeps a rating once, whoever presses first. */
public final class JdbcRatingRepository implements RatingRepository {
    private static final String SELECT = """
            SELECT r.*, u.display_name AS employee_name
              FROM service_rating r LEFT JOIN app_user u ON u.id = r.employee_user_id
            """;

    private final DataSource dataSource;

    public JdbcRatingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addOnce(RatingRow r) {
        return Jdbc.update(dataSource, """
                INSERT INTO service_rating (subject_kind, subject_id, organization_id, customer_user_id, employee_user_id, category, score,
                                            comment, rated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subject_kind, subject_id) DO NOTHING""",
                r.subjectKind(), r.subjectId(), r.organizationId(), r.customerUserId(), r.employeeUserId(), r.category(), r.score(), r.comment(),
                r.ratedAt()) == 1;
    }

    @Override
    public Optional<RatingRow> of(String subjectKind, long subjectId) {
        return Jdbc.one(dataSource, SELECT + " WHERE r.subject_kind = ? AND r.subject_id = ?", JdbcRatingRepository::row, subjectKind, subjectId);
    }

    @Override
    public List<RatingRow> ofOrganization(String organizationId, Instant from, Instant to) {
        return Jdbc.list(dataSource, SELECT + " WHERE r.organization_id = ? AND r.rated_at >= ? AND r.rated_at < ? ORDER BY r.rated_at, r.id",
                JdbcRatingRepository::row, organizationId, from, to);
    }

    private static RatingRow row(ResultSet r) throws SQLException {
        return new RatingRow(r.getLong("id"), r.getString("subject_kind"), r.getLong("subject_id"), r.getString("organization_id"),
                r.getLong("customer_user_id"), Jdbc.nullableLong(r, "employee_user_id"), r.getString("employee_name"), r.getString("category"),
                r.getInt("score"), r.getString("comment"), Jdbc.instant(r, "rated_at"));
    }
}
