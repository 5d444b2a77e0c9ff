package io.meterhub.storage.cabinet.appeals;

import io.meterhub.cabinet.appeals.AppealTermRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link AppealTermRepository} over JDBC. */
public final class JdbcAppealTermRepository implements AppealTermRepository {
    private final DataSource dataSource;

    public JdbcAppealTermRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, Integer> terms(String organizationId) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT category, working_days FROM appeal_term WHERE organization_id = ? ORDER BY category",
                r -> terms.put(r.getString(1), r.getInt(2)), organizationId);
        return terms;
    }

    @Override
    public void save(String organizationId, String category, int workingDays) {
        Jdbc.update(dataSource, """
                INSERT INTO appeal_term (organization_id, category, working_days) VALUES (?, ?, ?)
                ON CONFLICT (organization_id, category) DO UPDATE SET working_days = excluded.working_days""",
                organizationId, category, workingDays);
    }
}
