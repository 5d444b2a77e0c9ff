package io.meterhub.storage.cabinet.connection;

import io.meterhub.cabinet.connection.DeadlineRuleRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

/** {@link DeadlineRuleRepository} over JDBC. */
public final class JdbcDeadlineRuleRepository implements DeadlineRuleRepository {
    private final DataSource dataSource;

    public JdbcDeadlineRuleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<RuleRow> all() {
        return Jdbc.list(dataSource, "SELECT category, step, working_days, basis FROM connection_deadline_rule ORDER BY category, step",
                r -> new RuleRow(r.getString(1), r.getString(2), r.getInt(3), r.getString(4)));
    }

    @Override
    public Optional<Integer> workingDays(String category, String step) {
        return Jdbc.one(dataSource, "SELECT working_days FROM connection_deadline_rule WHERE category = ? AND step = ?", r -> r.getInt(1),
                category, step);
    }

    @Override
    public void set(String category, String step, int workingDays, String basis) {
        Jdbc.update(dataSource, """
                INSERT INTO connection_deadline_rule (category, step, working_days, basis) VALUES (?, ?, ?, ?)
                ON CONFLICT (category, step) DO UPDATE SET working_days = excluded.working_days, basis = excluded.basis""",
                category, step, workingDays, basis);
    }
}
