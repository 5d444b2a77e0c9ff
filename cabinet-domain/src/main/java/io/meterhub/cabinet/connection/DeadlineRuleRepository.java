package io.meterhub.cabinet.connection;

import java.util.List;
import java.util.Optional;

/** {@code connection_deadline_rule}: terms in working days per applicant category and step. */
public interface DeadlineRuleRepository {
    record RuleRow(String category, String step, int workingDays, String basis) {
    }

    List<RuleRow> all();

    Optional<Integer> workingDays(String category, String step);

    void set(String category, String step, int workingDays, String basis);
}
