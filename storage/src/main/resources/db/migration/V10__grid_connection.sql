-- Grid connection applications (issue 6, Decree No. 861 of 27.12.2004): applicants' profiles, the
-- applications with their draft steps, documents, status history and message threads, and the
-- deadlines in working days per applicant category and step.

-- Staff of a supplier (гарантирующий поставщик) see the applications that chose their organization.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('CUSTOMER', 'OPERATOR', 'ADMIN', 'SUPPLIER'));

-- A grid company may let legal entities sign the contract with a one-time code instead of CAdES.
ALTER TABLE organization ADD COLUMN code_signing_for_legal_entities boolean NOT NULL DEFAULT false;

-- The applicant's profile is the customer row (an applicant may also hold accounts). kind is the
-- applicant category; full_name a person's name or a company's name; a company's representative apart.
-- A paper applicant registered by staff has no login (user_id null).
ALTER TABLE customer
    ADD COLUMN ogrn                text,          -- OGRN (13 digits) or OGRNIP (15 digits)
    ADD COLUMN representative_name text,          -- the person acting for a legal entity
    ADD COLUMN passport            text,          -- series and number, 10 digits, optional
    ADD COLUMN phone_confirmed_at  timestamptz,   -- null until confirmed by a one-time code; reset when the phone changes
    ADD COLUMN updated_at          timestamptz NOT NULL DEFAULT now();

-- Terms in working days by the production calendar, per applicant category and step. The step's
-- party (applicant or grid company) is fixed in code (DeadlineStep). Figures marked NOT CONFIRMED
-- were not found in the current text of the Rules (see decree-861-notes.md): check them before use.
CREATE TABLE connection_deadline_rule (
    category     text     NOT NULL CHECK (category IN ('INDIVIDUAL', 'SOLE_PROPRIETOR', 'LEGAL_ENTITY')),
    step         text     NOT NULL CHECK (step IN ('COMPLETENESS_CHECK', 'MISSING_DOCUMENTS', 'OFFER', 'SIGNING', 'PAYMENT', 'CONNECTION')),
    working_days smallint NOT NULL CHECK (working_days BETWEEN 1 AND 500),
    basis        text     NOT NULL,
    PRIMARY KEY (category, step)
);
INSERT INTO connection_deadline_rule (category, step, working_days, basis)
SELECT c.category, s.step, s.days, s.basis
  FROM (VALUES ('INDIVIDUAL'), ('SOLE_PROPRIETOR'), ('LEGAL_ENTITY')) AS c (category)
 CROSS JOIN (VALUES
    -- NOT CONFIRMED: 3 working days is believed current; an old edition (МРСК Северо-Запада passport) said 6
    ('COMPLETENESS_CHECK', 3, 'п. 15 (NOT CONFIRMED: 3 working days believed current; 6 in an old edition)'),
    -- CONFIRMED: the applicant has 20 working days to supply what is missing
    ('MISSING_DOCUMENTS', 20, 'п. 15 (CONFIRMED: 20 working days)'),
    -- NOT CONFIRMED: for LEGAL_ENTITY changed to 20 below
    ('OFFER', 10, 'п. 15 (NOT CONFIRMED: 10 working days for applicants (a) and (b))'),
    -- NOT CONFIRMED: no term for signing was found; the contract is concluded on payment, so signing shares its 5 days
    ('SIGNING', 5, 'our assumption (NOT CONFIRMED: no term found; the contract is concluded on payment)'),
    -- NOT CONFIRMED
    ('PAYMENT', 5, 'п. 15 (NOT CONFIRMED: 5 working days to pay)'),
    -- CONFIRMED for the simplest case only (up to 15/150 kW, 0.4 kV, within 15 m, one source); larger ones differ
    ('CONNECTION', 30, 'п. 16 «б» (CONFIRMED: 30 working days for up to 15 kW / 150 kW at 0.4 kV within 15 m)')
 ) AS s (step, days, basis);
-- NOT CONFIRMED: 20 working days for the offer to "others" (c)
UPDATE connection_deadline_rule SET working_days = 20, basis = 'п. 15 (NOT CONFIRMED: 20 working days for other applicants (c))'
 WHERE category = 'LEGAL_ENTITY' AND step = 'OFFER';
-- PARTIAL: 6 months for larger applicants up to 20 kV, about 120 working days; 1 year above 670 kW is not modelled
UPDATE connection_deadline_rule SET working_days = 120, basis = 'п. 16 (PARTIAL: 6 months for larger applicants, taken as 120 working days)'
 WHERE category = 'LEGAL_ENTITY' AND step = 'CONNECTION';

-- Registration numbers ТП-<year>-<six digits>, one series per year, given on submission.
CREATE TABLE connection_number_series (
    year smallint PRIMARY KEY,
    last integer  NOT NULL
);

-- An application: the draft's steps are columns, null until filled.
CREATE TABLE connection_application (
    id                       bigserial PRIMARY KEY,
    number                   text UNIQUE,                                   -- given on submission
    organization_id          text        NOT NULL REFERENCES organization (id),  -- the grid company
    customer_id              bigint      NOT NULL REFERENCES customer (id),      -- the applicant
    status                   text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'INCOMPLETE', 'UNDER_REVIEW',
                                             'OFFERED', 'SIGNED', 'PAID', 'IN_PROGRESS', 'CONNECTED', 'CANCELLED', 'REFUSED')),
    paper                    boolean     NOT NULL DEFAULT false,            -- filed on paper, registered by staff
    created_by               bigint      NOT NULL REFERENCES app_user (id),
    created_at               timestamptz NOT NULL,
    updated_at               timestamptz NOT NULL,
    submitted_at             timestamptz,
    -- step 1
    by_representative        boolean     NOT NULL DEFAULT false,
    representative_name      text,
    -- step 2
    address                  text,
    cadastral_number         text,
    object_kind              text CHECK (object_kind IN ('HOUSE', 'GARDEN_HOUSE', 'GARAGE', 'APARTMENT', 'SHOP', 'OFFICE', 'PRODUCTION',
                                                         'CONSTRUCTION_SITE', 'OTHER')),
    -- step 3
    max_power_kw             numeric(10, 2) CHECK (max_power_kw > 0),
    connected_power_kw       numeric(10, 2) CHECK (connected_power_kw >= 0),
    voltage_level            text CHECK (voltage_level IN ('LV_0_4', 'MV_6_10', 'MV_35', 'HV_110')),
    reliability_category     text CHECK (reliability_category IN ('I', 'II', 'III')),
    connection_kind          text CHECK (connection_kind IN ('NEW', 'INCREASE', 'TEMPORARY')),
    -- step 4: the supplier chosen
    supplier_organization_id text REFERENCES organization (id),
    -- the offer
    fee                      numeric(14, 2),
    -- the term now running (inclusive), whose it is
    deadline                 date,
    deadline_step            text CHECK (deadline_step IN ('COMPLETENESS_CHECK', 'MISSING_DOCUMENTS', 'OFFER', 'SIGNING', 'PAYMENT', 'CONNECTION')),
    CHECK (status = 'DRAFT' OR number IS NOT NULL OR status = 'CANCELLED')
);
CREATE INDEX connection_application_queue ON connection_application (organization_id, status, deadline);
CREATE INDEX connection_application_supplier ON connection_application (supplier_organization_id, status, deadline);
CREATE INDEX connection_application_customer ON connection_application (customer_id, created_at DESC);

-- Every status change: who, when, why, and the term it started.
CREATE TABLE connection_status_change (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES connection_application (id) ON DELETE CASCADE,
    from_status    text,
    to_status      text        NOT NULL,
    at             timestamptz NOT NULL,
    user_id        bigint      NOT NULL REFERENCES app_user (id),
    reason         text,
    deadline       date,
    deadline_step  text
);
CREATE INDEX connection_status_change_application ON connection_status_change (application_id, at, id);

-- The thread; seq numbers the messages of one application (1, 2, ...), so each has a number like ТП-2026-000123/3.
CREATE TABLE connection_message (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES connection_application (id) ON DELETE CASCADE,
    seq            integer     NOT NULL,
    number         text        NOT NULL,
    at             timestamptz NOT NULL,
    author_side    text        NOT NULL CHECK (author_side IN ('APPLICANT', 'STAFF')),
    user_id        bigint      NOT NULL REFERENCES app_user (id),
    text           text        NOT NULL,
    UNIQUE (application_id, seq)
);

-- Documents as bytea: stored in the same transaction as the application's change that needs them
-- (no orphan files, no missing ones), backed up with the database, no file store to configure; they
-- are at most a few MB each (the limit is configurable, default 10 MB).
CREATE TABLE connection_document (
    id             bigserial PRIMARY KEY,
    application_id bigint      NOT NULL REFERENCES connection_application (id) ON DELETE CASCADE,
    message_id     bigint REFERENCES connection_message (id) ON DELETE CASCADE,
    kind           text        NOT NULL CHECK (kind IN ('TITLE', 'LOCATION_PLAN', 'POWER_OF_ATTORNEY', 'SCAN', 'TECHNICAL_CONDITIONS',
                                                        'INVOICE', 'CONTRACT', 'OTHER')),
    file_name      text        NOT NULL,
    content_type   text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size           integer     NOT NULL CHECK (size > 0),
    content        bytea       NOT NULL,
    sha256         text        NOT NULL,
    uploaded_at    timestamptz NOT NULL,
    uploaded_by    bigint      NOT NULL REFERENCES app_user (id),
    uploader_side  text        NOT NULL CHECK (uploader_side IN ('APPLICANT', 'STAFF'))
);
CREATE INDEX connection_document_application ON connection_document (application_id, id);
