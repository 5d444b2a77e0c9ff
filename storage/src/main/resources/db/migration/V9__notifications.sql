-- Notifications (issue 5, shared with later features): every notification lands in the user's
-- cabinet inbox first; each channel that carries it further (email, SMS) records its delivery.

-- How staff and customers are reached outside the cabinet; personal data, never logged.
ALTER TABLE app_user
    ADD COLUMN email   text,
    ADD COLUMN phone   text CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),  -- E.164
    -- an operator on duty is notified of high-severity anomalies of their organization
    ADD COLUMN on_duty boolean NOT NULL DEFAULT false;

CREATE TABLE notification (
    id         bigserial PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    topic      text        NOT NULL,       -- ANOMALY_HIGH, APPLICATION_STATUS...
    subject    text        NOT NULL,
    body       text        NOT NULL,
    link       text,                       -- relative to the cabinet's root, e.g. operator/anomalies/42
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz
);
-- The inbox, newest first, and the unread badge.
CREATE INDEX notification_inbox ON notification (user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;

-- One row per channel and notification: delivered, skipped (no address for that channel) or failed.
CREATE TABLE notification_delivery (
    notification_id bigint      NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    channel         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('DELIVERED', 'SKIPPED', 'FAILED')),
    -- the failure's kind and message, without the recipient's address or other personal data
    error           text,
    at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (notification_id, channel)
);

-- HIGH anomalies are announced to the operators on duty once: null until they were.
ALTER TABLE anomaly ADD COLUMN notified_at timestamptz;
CREATE INDEX anomaly_to_notify ON anomaly (id) WHERE severity = 'HIGH' AND notified_at IS NULL;
