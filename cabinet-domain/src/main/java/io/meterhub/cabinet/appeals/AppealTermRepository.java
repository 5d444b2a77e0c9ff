package io.meterhub.cabinet.appeals;

import java.util.Map;

/** An organization's own answer terms per category, in working days; a category not listed takes the default. */
public interface AppealTermRepository {
    /** Working days by category name. */
    Map<String, Integer> terms(String organizationId);

    void save(String organizationId, String category, int workingDays);
}
