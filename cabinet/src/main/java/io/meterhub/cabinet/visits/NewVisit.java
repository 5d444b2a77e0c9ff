package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.appeals.AppealCategory;

import java.time.LocalDateTime;

/** A customer's booking: on which account, at which office, about what, and the slot's start (local time of the organization). */
public record NewVisit(long accountId, long officeId, AppealCategory topic, LocalDateTime start) {
}
