package io.meterhub.storage.api;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The first answers to requests with an Idempotency-Key (table {@code api_idempotency}), per organization and key. */
public final class IdempotencyRepository {
    private final DataSource dataSource;

    public IdempotencyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the key for a request about to be answered; when the key was claimed before, returns that
     * claim instead (answered or not) and claims nothing. The primary key makes two concurrent claims
     * of one key end with one winner.
     */
    public Optional<IdempotencyRow> claim(String organizationId, String key, String operation, byte[] requestSha256) {
        int claimed = Jdbc.update(dataSource, """
                INSERT INTO api_idempotency (organization_id, idempotency_key, operation, request_sha256) VALUES (?, ?, ?, ?)
                ON CONFLICT (organization_id, idempotency_key) DO NOTHING""", organizationId, key, operation, requestSha256);
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(Jdbc.one(dataSource, "SELECT operation, request_sha256, status, content_type, body FROM api_idempotency "
                + "WHERE organization_id = ? AND idempotency_key = ?", IdempotencyRepository::row, organizationId, key)
                .orElseThrow(() -> new IllegalStateException("the idempotency key vanished between its claim and its read")));
    }

    public void answer(String organizationId, String key, int status, String contentType, byte[] body) {
        Jdbc.update(dataSource, "UPDATE api_idempotency SET status = ?, content_type = ?, body = ? WHERE organization_id = ? AND idempotency_key = ?",
                status, contentType, body, organizationId, key);
    }

    /** Lets the key go unanswered: the request failed on the server's side and may be sent again. */
    public void release(String organizationId, String key) {
        Jdbc.update(dataSource, "DELETE FROM api_idempotency WHERE organization_id = ? AND idempotency_key = ? AND status IS NULL",
                organizationId, key);
    }

    /** Forgets keys older than the retention; returns how many. */
    public int forgetOlderThan(Instant now, Duration retention) {
        return Jdbc.update(dataSource, "DELETE FROM api_idempotency WHERE created_at < ?", now.minus(retention));
    }

    private static IdempotencyRow row(ResultSet r) throws SQLException {
        int status = r.getInt("status");
        return new IdempotencyRow(r.getString("operation"), r.getBytes("request_sha256"), r.wasNull() ? null : status,
                r.getString("content_type"), r.getBytes("body"));
    }
}
