package io.meterhub.api.registry;

import io.meterhub.api.problem.FieldError;

import java.util.List;

/** The answer of a bulk upsert: every item, accepted or refused, by its place in the request. */
public record BulkAnswer(List<Accepted> accepted, List<Refused> refused) {

    /** @param result created, updated or unchanged */
    public record Accepted(int index, String id, String result) {
    }

    public record Refused(int index, String id, List<FieldError> errors) {
    }
}
