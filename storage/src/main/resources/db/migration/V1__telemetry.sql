-- The telemetry store. Every table has a natural unique key so that every write is an idempotent
-- upsert: the pipeline may replay after a restart and controllers may resend.

CREATE TABLE organization (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    kind          text NOT NULL DEFAULT 'GRID_COMPANY',
    time_zone     text NOT NULL,
    -- "T1 07-10,17-21; T2 10-17,21-23; T3 23-07": local hours of each tariff zone
    zone_schedule text NOT NULL DEFAULT 'T1 00-24'
);

CREATE TABLE controller (
    id              text PRIMARY KEY,
    organization_id text NOT NULL REFERENCES organization (id),
    protocol        text NOT NULL DEFAULT 'MQTT' CHECK (protocol IN ('MQTT', 'MODBUS')),
    description     text
);

CREATE TABLE meter (
    id               text PRIMARY KEY,
    organization_id  text NOT NULL REFERENCES organization (id),
    controller_id    text REFERENCES controller (id),
    model            text,
    serial           text,
    register_digits  integer  NOT NULL DEFAULT 6 CHECK (register_digits BETWEEN 3 AND 12),
    tariff_registers smallint NOT NULL DEFAULT 0 CHECK (tariff_registers BETWEEN 0 AND 4),
    interval_seconds integer  NOT NULL DEFAULT 900 CHECK (interval_seconds > 0),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meter_organization ON meter (organization_id);

-- Raw register values as the meters reported them: kept for disputes and recomputation.
CREATE TABLE raw_reading (
    meter_id    text             NOT NULL,
    obis        text             NOT NULL,
    ts          timestamptz      NOT NULL,
    value       double precision NOT NULL,
    received_at timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (meter_id, obis, ts)
);

-- Consumption of one cumulative register in one UTC hour. zone: the tariff zone the hour belongs
-- to (the register's own tariff number for 1.8.1..1.8.4, the organization's schedule otherwise).
-- final: the watermark has passed the hour's end; late data may still correct it.
CREATE TABLE hourly_consumption (
    meter_id   text             NOT NULL,
    obis       text             NOT NULL,
    hour_start timestamptz      NOT NULL,
    kwh        double precision NOT NULL,
    zone       smallint         NOT NULL,
    final      boolean          NOT NULL DEFAULT false,
    updated_at timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (meter_id, obis, hour_start)
);

CREATE TABLE meter_event (
    meter_id    text        NOT NULL,
    ts          timestamptz NOT NULL,
    code        text        NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (meter_id, ts, code)
);

-- Input that could not be accepted, item by item, with the reason and the whole raw payload.
CREATE TABLE quarantine (
    id             bigserial PRIMARY KEY,
    received_at    timestamptz NOT NULL,
    source         text        NOT NULL,
    pointer        text        NOT NULL,
    reason         text        NOT NULL,
    item           text        NOT NULL,
    payload        text        NOT NULL,
    payload_sha256 text        NOT NULL,
    UNIQUE (source, payload_sha256, pointer)
);
CREATE INDEX quarantine_received ON quarantine (received_at);
