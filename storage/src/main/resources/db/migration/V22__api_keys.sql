-- The integration API (issue 15): API keys of organizations, and the answers kept for Idempotency-Key.

-- A key is "mhk_<id>_<secret>". Only the SHA-256 of the whole key is kept: the secret is 256 random
-- bits, so a fast hash is enough (nobody can guess such a secret from its hash; slow hashes protect
-- low-entropy passwords), and a request is checked without the tens of milliseconds a slow one costs.
CREATE TABLE api_key (
    id              text PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    name            text        NOT NULL,
    key_sha256      bytea       NOT NULL CHECK (octet_length(key_sha256) = 32),
    scopes          text[]      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
CREATE INDEX api_key_organization ON api_key (organization_id);

-- The first answer to a POST with an Idempotency-Key, per organization and key: a repeat with the same
-- body gets it again, another body is refused. status is null while the first request is being answered.
CREATE TABLE api_idempotency (
    organization_id text        NOT NULL REFERENCES organization (id),
    idempotency_key text        NOT NULL,
    operation       text        NOT NULL,
    request_sha256  bytea       NOT NULL,
    status          integer,
    content_type    text,
    body            bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, idempotency_key)
);
CREATE INDEX api_idempotency_created ON api_idempotency (created_at);

-- The API lists an organization's meters by id, a page after a cursor.
CREATE INDEX meter_organization_id ON meter (organization_id, id);
