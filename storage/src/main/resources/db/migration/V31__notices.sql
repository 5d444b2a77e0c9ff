-- Announcements (объявления) and planned outages (плановые отключения) of an organization to its customers. Addresses are
-- kept as staff typed them (street, houses from-to, side); the cabinet matches them against accounts' address text.

CREATE TABLE announcement (
    id             bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    title          text        NOT NULL,
    body           text        NOT NULL,
    -- days in the organization's zone, both included
    valid_from     date        NOT NULL,
    valid_to       date        NOT NULL CHECK (valid_to >= valid_from),
    audience       text        NOT NULL CHECK (audience IN ('ALL', 'ADDRESS', 'SERVICE')),
    street         text,
    house_from     text,
    house_to       text,
    parity         text        NOT NULL DEFAULT 'ANY' CHECK (parity IN ('ANY', 'ODD', 'EVEN')),
    service_code   text REFERENCES service (code),
    email_copy     boolean     NOT NULL,
    author_user_id bigint      NOT NULL REFERENCES app_user (id),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    CHECK ((audience = 'ADDRESS') = (street IS NOT NULL)),
    CHECK ((audience = 'SERVICE') = (service_code IS NOT NULL))
);
CREATE INDEX announcement_organization ON announcement (organization_id, valid_to);

-- who read which announcement: the unread count is the current ones without a row
CREATE TABLE announcement_read (
    announcement_id bigint      NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
    user_id         bigint      NOT NULL REFERENCES app_user (id),
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (announcement_id, user_id)
);

CREATE TABLE planned_outage (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    service_code    text        NOT NULL REFERENCES service (code),
    reason          text        NOT NULL,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL CHECK (ends_at > starts_at),
    author_user_id  bigint      NOT NULL REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    withdrawn_at    timestamptz
);
CREATE INDEX planned_outage_organization ON planned_outage (organization_id, ends_at);

CREATE TABLE planned_outage_address (
    outage_id  bigint  NOT NULL REFERENCES planned_outage (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    street     text    NOT NULL,
    house_from text,
    house_to   text,
    parity     text    NOT NULL CHECK (parity IN ('ANY', 'ODD', 'EVEN')),
    PRIMARY KEY (outage_id, position),
    CHECK ((house_from IS NULL) = (house_to IS NULL))
);

-- a notice (an outage's, an announcement's email copy) goes to a user once, however often its item is edited
CREATE TABLE notice_sent (
    kind       text        NOT NULL CHECK (kind IN ('OUTAGE', 'ANNOUNCEMENT_EMAIL')),
    subject_id bigint      NOT NULL,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    sent_at    timestamptz NOT NULL,
    PRIMARY KEY (kind, subject_id, user_id)
);
