-- Appointments (запись на приём): the organization's offices with their weekly hours, and the customers' visits
-- booked in an office's time slots.

CREATE TABLE office (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    name            text        NOT NULL,
    address         text        NOT NULL,
    slot_minutes    integer     NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    -- how many staff receive at once: the capacity of each slot
    staff_count     integer     NOT NULL CHECK (staff_count BETWEEN 1 AND 50),
    -- for a map of the offices; unknown until staff enter them
    latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
    updated_at      timestamptz NOT NULL
);
CREATE INDEX office_organization ON office (organization_id, name);

-- the office's hours on a weekday (1 Monday .. 7 Sunday), local time of the organization; a weekday without a row is closed
CREATE TABLE office_hours (
    office_id  bigint  NOT NULL REFERENCES office (id) ON DELETE CASCADE,
    weekday    integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens      time    NOT NULL,
    closes     time    NOT NULL CHECK (closes > opens),
    break_from time,
    break_to   time,
    CHECK ((break_from IS NULL) = (break_to IS NULL)),
    CHECK (break_from IS NULL OR (opens < break_from AND break_from < break_to AND break_to < closes)),
    PRIMARY KEY (office_id, weekday)
);

-- one counter per slot: booking is an upsert that only adds when the slot has room, so concurrent bookings queue on
-- the row lock and never exceed the capacity; the CHECK is the last word even for a statement that forgets the WHERE
CREATE TABLE visit_slot (
    office_id bigint      NOT NULL REFERENCES office (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    capacity  integer     NOT NULL CHECK (capacity >= 1),
    booked    integer     NOT NULL CHECK (booked >= 0 AND booked <= capacity),
    PRIMARY KEY (office_id, starts_at)
);

CREATE TABLE visit (
    id               bigserial PRIMARY KEY,
    office_id        bigint      NOT NULL REFERENCES office (id),
    customer_user_id bigint      NOT NULL REFERENCES app_user (id),
    account_id       bigint      NOT NULL REFERENCES account (id),
    topic            text        NOT NULL CHECK (topic IN ('BILLING', 'READINGS_AND_METERS', 'SUPPLY_QUALITY', 'CONNECTION', 'COMPLAINT', 'OTHER')),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL CHECK (ends_at > starts_at),
    status           text        NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED', 'HELD', 'MISSED')),
    booked_at        timestamptz NOT NULL,
    cancelled_at     timestamptz,
    -- when staff marked it held: the visit a later rating refers to
    held_at          timestamptz,
    missed_at        timestamptz,
    marked_by        bigint REFERENCES app_user (id),
    -- the day-before reminder went out; set once, cleared when the visit moves to another time
    reminded_at      timestamptz
);
-- a customer holds one place of a slot at most
CREATE UNIQUE INDEX visit_one_place ON visit (office_id, starts_at, customer_user_id) WHERE status = 'BOOKED';
CREATE INDEX visit_office_day ON visit (office_id, starts_at);
CREATE INDEX visit_customer ON visit (customer_user_id, starts_at DESC);
CREATE INDEX visit_reminder_due ON visit (starts_at) WHERE status = 'BOOKED' AND reminded_at IS NULL;
