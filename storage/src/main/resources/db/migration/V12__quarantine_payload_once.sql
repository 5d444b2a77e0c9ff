-- A quarantined document's payload is stored once, however many of its items were refused: a
-- 10,000-item bad document used to copy its whole payload into each of its rows. quarantine.payload
-- keeps an excerpt (the first 1,000 characters); the whole payload is here, by its hash.
CREATE TABLE quarantine_payload (
    payload_sha256 text        PRIMARY KEY,
    received_at    timestamptz NOT NULL,
    source         text        NOT NULL,
    chars          integer     NOT NULL,
    payload        text        NOT NULL
);
COMMENT ON TABLE quarantine_payload IS 'the whole payload of each quarantined document, once; quarantine rows refer to it by payload_sha256';
COMMENT ON COLUMN quarantine.payload IS 'the first 1,000 characters of the payload; the whole one is quarantine_payload.payload';

INSERT INTO quarantine_payload (payload_sha256, received_at, source, chars, payload)
SELECT DISTINCT ON (payload_sha256) payload_sha256, received_at, source, length(payload), payload
FROM quarantine ORDER BY payload_sha256, received_at
ON CONFLICT DO NOTHING;
UPDATE quarantine SET payload = left(payload, 1000) WHERE length(payload) > 1000;
