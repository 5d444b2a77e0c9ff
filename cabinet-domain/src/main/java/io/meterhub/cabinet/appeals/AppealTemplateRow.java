package io.meterhub.cabinet.appeals;

import java.time.Instant;

/** A stored template of a frequent answer; {@code category} null for one offered in every category. */
public record AppealTemplateRow(long id, String organizationId, String category, String title, String body, long updatedBy, Instant updatedAt) {
}
