-- Anomalies found in the telemetry (issue 5), one row per episode: the pipeline upserts on the
-- natural key (meter, kind, start) while an episode lasts, growing ended_at, score, severity and
-- evidence; operators review the rows. The pipeline never touches the review columns.
CREATE TABLE anomaly (
    id              bigserial PRIMARY KEY,
    -- no foreign keys on what the pipeline writes (as in the telemetry tables): a sink must not stall on a
    -- meter removed from the registry while its anomaly was in flight
    meter_id        text             NOT NULL,
    organization_id text             NOT NULL,
    -- MANUAL_READING_MISMATCH is raised by the cabinet, every other kind by the pipeline
    kind            text             NOT NULL CHECK (kind IN ('CONSUMPTION_SPIKE', 'SUSTAINED_ZERO', 'REVERSE_ENERGY', 'DATA_GAP',
                                                              'REGISTER_DECREASE', 'PHYSICS_JUMP', 'TAMPER_EVENT',
                                                              'VOLTAGE_OUT_OF_RANGE', 'MANUAL_READING_MISMATCH')),
    started_at      timestamptz      NOT NULL,
    -- null while the episode is ongoing
    ended_at        timestamptz CHECK (ended_at IS NULL OR ended_at >= started_at),
    severity        text             NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    score           double precision NOT NULL,
    -- the values that made the decision and the baseline they were held against
    evidence        jsonb            NOT NULL DEFAULT '{}',
    detected_at     timestamptz      NOT NULL DEFAULT now(),
    updated_at      timestamptz      NOT NULL DEFAULT now(),
    -- the review
    status          text             NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'RESOLVED')),
    assignee_id     bigint REFERENCES app_user (id),
    resolution      text CHECK (resolution IN ('CONFIRMED_THEFT', 'METER_FAULT', 'SUPPLY_PROBLEM', 'FALSE_ALARM')),
    resolved_at     timestamptz,
    UNIQUE (meter_id, kind, started_at),
    CHECK ((status = 'RESOLVED') = (resolution IS NOT NULL)),
    CHECK (status <> 'ASSIGNED' OR assignee_id IS NOT NULL)
);

-- The operator's queue: an organization's anomalies by status and severity, newest first.
CREATE INDEX anomaly_queue ON anomaly (organization_id, status, severity, started_at DESC);
-- Filters by kind and age within an organization; the meter's own history on its detail page.
CREATE INDEX anomaly_kind ON anomaly (organization_id, kind, started_at DESC);
CREATE INDEX anomaly_meter ON anomaly (meter_id, started_at DESC);
-- What an operator has on their plate.
CREATE INDEX anomaly_assignee ON anomaly (assignee_id, status) WHERE assignee_id IS NOT NULL;

-- Every review action on an anomaly, with who and when: the audit trail.
CREATE TABLE anomaly_action (
    id         bigserial PRIMARY KEY,
    anomaly_id bigint      NOT NULL REFERENCES anomaly (id) ON DELETE CASCADE,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    at         timestamptz NOT NULL DEFAULT now(),
    action     text        NOT NULL CHECK (action IN ('ACKNOWLEDGE', 'ASSIGN', 'COMMENT', 'RESOLVE', 'REOPEN')),
    -- ASSIGN: to whom; RESOLVE: the resolution
    assignee_id bigint REFERENCES app_user (id),
    resolution text CHECK (resolution IN ('CONFIRMED_THEFT', 'METER_FAULT', 'SUPPLY_PROBLEM', 'FALSE_ALARM')),
    comment    text,
    CHECK (action <> 'ASSIGN' OR assignee_id IS NOT NULL),
    CHECK (action <> 'RESOLVE' OR resolution IS NOT NULL),
    CHECK (action <> 'COMMENT' OR comment IS NOT NULL)
);
CREATE INDEX anomaly_action_anomaly ON anomaly_action (anomaly_id, at);
