package io.meterhub.api.telemetry;

import io.meterhub.api.problem.FieldError;

import java.util.List;

/** The answer of {@code POST /api/v1/telemetry}: the documents published, and what was refused. */
public record TelemetryAnswer(List<Accepted> accepted, List<FieldError> refused) {

    /**
     * @param index     the document's place in the request, from 0
     * @param intervals valid interval energy items published
     */
    public record Accepted(int index, String controller, int readings, int events, int intervals) {
    }
}
