package io.meterhub.cabinet.connection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything about one application that the viewer may see.
 *
 * @param object   step 2 as saved; fields null where not filled yet
 * @param power    step 3 as saved; fields null where not filled yet
 * @param supplier the chosen supplier, null when none yet
 * @param fee      the fee of the offer (rubles with kopecks), null before the offer
 * @param missing  what a submission still lacks (empty when it can be submitted)
 * @param actions  what the viewer may do now
 */
public record ApplicationDetail(ApplicationSummary summary, ApplicantData applicant, ObjectStep object, PowerStep power,
                                OrganizationChoice supplier, BigDecimal fee, List<ApplicationDocument> documents,
                                List<StatusChange> history, List<ApplicationMessage> messages, List<MissingItem> missing,
                                Set<WorkflowAction> actions) {
}
