-- Interval energy (АИИС КУЭ half hours, load profiles): the energy of one register in one interval,
-- exact (numeric), as sent. A repeat or a correction with the same (meter, register, start) replaces
-- the row, never adds to it. Hourly consumption of these registers is computed from them by the
-- pipeline; this table keeps the half hours themselves, for the 80020 export and for disputes.
CREATE TABLE interval_energy (
    meter_id       text          NOT NULL,
    obis           text          NOT NULL,
    interval_start timestamptz   NOT NULL,
    interval_end   timestamptz   NOT NULL,
    energy         numeric(20,6) NOT NULL CHECK (energy >= 0),
    commercial     boolean       NOT NULL,
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (meter_id, obis, interval_start),
    CHECK (interval_end > interval_start)
);

-- A measuring point of an АИИС КУЭ (its ATS code) and one of its channels, mapped to the meter and
-- register whose energy it measures. Codes are strings: real ones are 15 digits, test data are not.
CREATE TABLE measuring_point (
    organization_id text        NOT NULL REFERENCES organization (id),
    code            text        NOT NULL,
    channel         text        NOT NULL,
    meter_id        text        NOT NULL REFERENCES meter (id),
    obis            text        NOT NULL CHECK (obis IN ('1.8.0', '2.8.0', '3.8.0', '4.8.0')),
    name            text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, code, channel),
    UNIQUE (meter_id, obis)
);

-- 80020 files taken in, by the key the format gives them: a correction comes with a new number.
CREATE TABLE aiis_80020_file (
    organization_id text        NOT NULL REFERENCES organization (id),
    sender_inn      text        NOT NULL,
    day             date        NOT NULL,
    number          bigint      NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    answer          jsonb       NOT NULL,
    PRIMARY KEY (organization_id, sender_inn, day, number)
);
