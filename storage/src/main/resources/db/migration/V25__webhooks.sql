-- Webhooks of the integration API (issue 15): the outbox of integration events, the organizations'
-- subscriptions, and every delivery with each of its attempts and the receiver's answers.

-- The transactional outbox: a cabinet service writes its event in the same transaction as the change,
-- so an event exists exactly when the change committed. The API's dispatcher fans each out to the
-- subscriptions of its organization (relayed_at) and never changes it otherwise.
CREATE TABLE integration_event (
    id              bigserial PRIMARY KEY,
    -- the id receivers deduplicate by (Meterhub-Event-Id); a replay carries it again
    event_id        uuid        NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    type            text        NOT NULL CHECK (type IN ('reading.submitted', 'payment.received', 'application.status_changed',
                                                         'appeal.received', 'anomaly.high', 'webhook.test')),
    organization_id text        NOT NULL REFERENCES organization (id),
    occurred_at     timestamptz NOT NULL,
    -- json, not jsonb: the payload keeps the order its fields were written in
    data            json        NOT NULL,
    -- what the event is of, where it must be raised only once (anomaly:<id> for a HIGH anomaly polled from its table)
    source          text UNIQUE,
    relayed_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integration_event_unrelayed ON integration_event (id) WHERE relayed_at IS NULL;

-- The secret is kept as it is, not hashed: every delivery is signed with it (it is shown to the
-- organization once, at creation).
CREATE TABLE webhook_subscription (
    id              text PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    url             text        NOT NULL,
    events          text[]      NOT NULL CHECK (cardinality(events) > 0),
    description     text,
    secret          text        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- a deleted subscription stays for its deliveries' log, and gets nothing more
    disabled_at     timestamptz
);
CREATE INDEX webhook_subscription_organization ON webhook_subscription (organization_id) WHERE disabled_at IS NULL;

-- One event to one subscription. A replay is a delivery of its own (replay_of), so the log keeps both.
CREATE TABLE webhook_delivery (
    id              bigserial PRIMARY KEY,
    subscription_id text        NOT NULL REFERENCES webhook_subscription (id),
    event_id        bigint      NOT NULL REFERENCES integration_event (id),
    -- a replay outlives the original in the log's retention (30 days after each finished)
    replay_of       bigint REFERENCES webhook_delivery (id) ON DELETE SET NULL,
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    -- when it is due; while an attempt is in flight, the end of its lease (so that a dispatcher that died mid-way is taken over)
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);
-- the relay fans an event out once per subscription, even when two dispatchers race
CREATE UNIQUE INDEX webhook_delivery_once ON webhook_delivery (subscription_id, event_id) WHERE replay_of IS NULL;
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, id DESC);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
CREATE INDEX webhook_delivery_finished ON webhook_delivery (finished_at) WHERE status <> 'PENDING';
CREATE INDEX integration_event_created ON integration_event (created_at);

CREATE TABLE webhook_attempt (
    delivery_id     bigint      NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    number          integer     NOT NULL,
    attempted_at    timestamptz NOT NULL,
    duration_ms     integer     NOT NULL,
    -- null when no HTTP answer came (refused connection, timeout)
    status_code     integer,
    -- the first bytes of the receiver's answer, as text
    response_excerpt text,
    error           text,
    PRIMARY KEY (delivery_id, number)
);

-- HIGH anomalies are polled from their table (the pipeline's sinks stay as they are) by updated_at,
-- from a watermark; an episode that grows into HIGH is raised then, once (integration_event.source).
CREATE TABLE webhook_watermark (
    name text PRIMARY KEY,
    at   timestamptz NOT NULL
);
INSERT INTO webhook_watermark (name, at) VALUES ('anomaly.high', now());
CREATE INDEX anomaly_high_updated ON anomaly (updated_at) WHERE severity = 'HIGH';
