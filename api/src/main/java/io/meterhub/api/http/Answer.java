package io.meterhub.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.meterhub.api.problem.Problem;

import java.util.Map;

/**
 * What an operation answers, as bytes: so that the first answer to a request with an
 * Idempotency-Key can be kept and given again exactly.
 */
public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public Answer {
        headers = Map.copyOf(headers);
    }

    public static Answer json(int status, Object value) {
        return new Answer(status, "application/json", bytes(value), Map.of());
    }

    public static Answer problem(Problem problem) {
        return new Answer(problem.status(), Problem.MEDIA_TYPE, bytes(problem), Map.of());
    }

    public Answer withHeader(String name, String value) {
        java.util.HashMap<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return new Answer(status, contentType, body, all);
    }

    private static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer must be serializable: " + value.getClass().getName(), e);
        }
    }
}
