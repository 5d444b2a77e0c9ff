-- Appeals (обращения): a customer writes to the organization of one of their accounts. The messages and
-- attachments live in correspondence (subject kind APPEAL); here the appeal itself, its numbering, its
-- status changes and the staff's internal comments, which the customer never sees.

-- one counter per organization and year: the row lock taken by the upsert serializes concurrent filings,
-- and a rolled back filing rolls its number back with it, so numbers have no gaps
CREATE TABLE appeal_number_series (
    organization_id text    NOT NULL REFERENCES organization (id),
    year            integer NOT NULL,
    last            integer NOT NULL,
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE appeal (
    id               bigserial PRIMARY KEY,
    organization_id  text        NOT NULL REFERENCES organization (id),
    year             integer     NOT NULL,
    seq              integer     NOT NULL,
    number           text        NOT NULL,
    customer_user_id bigint      NOT NULL REFERENCES app_user (id),
    account_id       bigint      NOT NULL REFERENCES account (id),
    category         text        NOT NULL CHECK (category IN ('BILLING', 'READINGS_AND_METERS', 'SUPPLY_QUALITY', 'CONNECTION', 'COMPLAINT', 'OTHER')),
    subject          text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('REGISTERED', 'IN_WORK', 'ANSWERED', 'CLOSED')),
    registered_at    timestamptz NOT NULL,
    -- the last day of the answer term in the organization's zone
    deadline         date        NOT NULL,
    assignee_user_id bigint REFERENCES app_user (id),
    answered_at      timestamptz,
    closed_at        timestamptz,
    UNIQUE (organization_id, year, seq)
);
CREATE INDEX appeal_queue ON appeal (organization_id, deadline, id);
CREATE INDEX appeal_customer ON appeal (customer_user_id, registered_at DESC);

CREATE TABLE appeal_status_change (
    id          bigserial PRIMARY KEY,
    appeal_id   bigint      NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
    from_status text,
    to_status   text        NOT NULL,
    at          timestamptz NOT NULL,
    user_id     bigint      NOT NULL REFERENCES app_user (id)
);
CREATE INDEX appeal_status_change_appeal ON appeal_status_change (appeal_id, at);

-- the staff's notes on an appeal; never shown to the customer
CREATE TABLE appeal_comment (
    id        bigserial PRIMARY KEY,
    appeal_id bigint      NOT NULL REFERENCES appeal (id) ON DELETE CASCADE,
    user_id   bigint      NOT NULL REFERENCES app_user (id),
    at        timestamptz NOT NULL,
    text      text        NOT NULL
);
CREATE INDEX appeal_comment_appeal ON appeal_comment (appeal_id, at);

-- an organization's own answer terms per category, in working days; a category without a row takes the default
-- written in the code (AppealCategory, with its source)
CREATE TABLE appeal_term (
    organization_id text    NOT NULL REFERENCES organization (id),
    category        text    NOT NULL CHECK (category IN ('BILLING', 'READINGS_AND_METERS', 'SUPPLY_QUALITY', 'CONNECTION', 'COMPLAINT', 'OTHER')),
    working_days    integer NOT NULL CHECK (working_days BETWEEN 1 AND 60),
    PRIMARY KEY (organization_id, category)
);
