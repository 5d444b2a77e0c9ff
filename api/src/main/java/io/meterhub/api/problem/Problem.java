package io.meterhub.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem: what every refusal and failure of the API answers, as
 * {@code application/problem+json}. {@code type} is a URN of this API's problems
 * ({@code urn:meterhub:problem:<kind>}), listed in docs/api.md.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem("urn:meterhub:problem:" + kind, title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldError> value) {
        return new Problem(type, title, status, detail, value);
    }
}
