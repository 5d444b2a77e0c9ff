package io.meterhub.api.http;

import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.storage.api.IdempotencyRepository;
import io.meterhub.storage.api.IdempotencyRow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code Idempotency-Key}: the first request with a key is answered and its answer kept; a repeat with
 * the same operation and body gets that answer again (marked {@code Idempotent-Replayed: true}) and
 * runs nothing; another body with the same key is refused. A server failure keeps nothing, so the
 * request may be sent again. Keys are per organization: two keys of one organization share them.
 */
public final class Idempotency {
    public static final String REPLAYED = "Idempotent-Replayed";
    private final IdempotencyRepository answers;

    public Idempotency(IdempotencyRepository answers) {
        this.answers = answers;
    }

    public Answer run(String organizationId, String key, String operationId, byte[] body, Callable<Answer> operation) throws Exception {
        if (key == null) {
            return operation.call();
        }
        byte[] fingerprint = fingerprint(operationId, body);
        Optional<IdempotencyRow> earlier = answers.claim(organizationId, key, operationId, fingerprint);
        if (earlier.isPresent()) {
            return replay(earlier.get(), operationId, fingerprint);
        }
        Answer answer;
        try {
            answer = operation.call();
        } catch (ProblemException refused) {
            answer = Answer.problem(refused.problem());
        } catch (Exception | Error e) {
            answers.release(organizationId, key);
            throw e;
        }
        if (answer.status() >= 500) {
            answers.release(organizationId, key);
        } else {
            answers.answer(organizationId, key, answer.status(), answer.contentType(), answer.body());
        }
        return answer;
    }

    private static Answer replay(IdempotencyRow earlier, String operationId, byte[] fingerprint) {
        if (!earlier.operation().equals(operationId) || !MessageDigest.isEqual(earlier.requestSha256(), fingerprint)) {
            return Answer.problem(Problems.idempotencyMismatch());
        }
        if (!earlier.answered()) {
            return Answer.problem(Problems.inProgress());
        }
        return new Answer(earlier.status(), earlier.contentType(), earlier.body(), Map.of(REPLAYED, "true"));
    }

    private static byte[] fingerprint(String operationId, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operationId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
