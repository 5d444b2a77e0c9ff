package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.correspondence.Message;

import java.util.List;
import java.util.Set;

/**
 * An appeal's page: the appeal, its thread, its history, what the viewer may do, and whether it is overdue.
 *
 * @param comments the staff's internal comments; always empty for the customer
 */
public record AppealCard(Appeal appeal, boolean overdue, List<Message> messages, List<AppealChange> history, List<AppealComment> comments,
                         Set<AppealAction> actions) {
}
