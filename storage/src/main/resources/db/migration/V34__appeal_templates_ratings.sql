-- Appeals without an account: a person who has none yet writes to a grid company about a connection.
ALTER TABLE appeal ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE appeal ADD CONSTRAINT appeal_without_account_is_about_connection CHECK (account_id IS NOT NULL OR category = 'CONNECTION');

-- The staff's templates of frequent answers, per organization; a template of a category is offered first for it.
CREATE TABLE appeal_template (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    category        text CHECK (category IN ('BILLING', 'READINGS_AND_METERS', 'SUPPLY_QUALITY', 'CONNECTION', 'COMPLAINT', 'OTHER')),
    title           text        NOT NULL,
    body            text        NOT NULL,
    updated_by      bigint      NOT NULL REFERENCES app_user (id),
    updated_at      timestamptz NOT NULL,
    UNIQUE (organization_id, title)
);

-- A customer's rating of the service: an answered appeal or a held visit, rated once (the unique key, not the code,
-- keeps it once when two tabs press together). The employee and category are copied at rating time, so the averages
-- stay what they were when an appeal is later reassigned.
CREATE TABLE service_rating (
    id               bigserial PRIMARY KEY,
    subject_kind     text        NOT NULL CHECK (subject_kind IN ('APPEAL', 'VISIT')),
    subject_id       bigint      NOT NULL,
    organization_id  text        NOT NULL REFERENCES organization (id),
    customer_user_id bigint      NOT NULL REFERENCES app_user (id),
    employee_user_id bigint REFERENCES app_user (id),
    category         text,
    score            integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment          text,
    rated_at         timestamptz NOT NULL,
    UNIQUE (subject_kind, subject_id)
);
CREATE INDEX service_rating_organization ON service_rating (organization_id, rated_at);
