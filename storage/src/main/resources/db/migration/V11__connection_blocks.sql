-- Building blocks of grid connection under Decree No. 861 (issue 6): the connection fee's rates per
-- organization and year, one-time codes sent by SMS, and signatures of documents.
-- Money is numeric with kopecks, never floating point. Rates include VAT, as regional decisions set them.

-- What an organization charges for connection in one year: the preferential per-kW fee (п. 17 of the
-- Rules) and its conditions, and the reduced per-kW fee for the special categories of people.
CREATE TABLE connection_fee_schedule (
    organization_id          text          NOT NULL REFERENCES organization (id),
    year                     integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- the regional preferential rate per kW of requested power
    preferential_per_kw      numeric(12,2) NOT NULL CHECK (preferential_per_kw >= 0),
    -- the preferential fee covers connections up to this power in total (15 kW in п. 17)
    preferential_max_kw      numeric(10,3) NOT NULL DEFAULT 15 CHECK (preferential_max_kw > 0),
    -- and within this distance to the existing lines (300 m in towns, 500 m in rural areas)
    preferential_max_line_km numeric(10,3) NOT NULL DEFAULT 0.3 CHECK (preferential_max_line_km >= 0),
    -- the reduced rate per kW for people of the special categories; null when the region sets none
    special_per_kw           numeric(12,2) CHECK (special_per_kw >= 0),
    -- the decision of the regional tariff authority that set the rates, shown with the fee
    decision                 text,
    PRIMARY KEY (organization_id, year)
);

-- The standardized rates of one voltage level: per connection (the paperwork and the grid company's
-- own measures), per kW (substations and the like) and per km of new line where the organization sets one.
CREATE TABLE connection_fee_rate (
    organization_id text          NOT NULL,
    year            integer       NOT NULL,
    voltage_level   text          NOT NULL CHECK (voltage_level IN ('LV_0_4', 'MV_6_10', 'MV_35', 'HV_110')),
    per_connection  numeric(14,2) NOT NULL CHECK (per_connection >= 0),
    per_kw          numeric(12,2) NOT NULL CHECK (per_kw >= 0),
    per_km          numeric(14,2) CHECK (per_km >= 0),
    PRIMARY KEY (organization_id, year, voltage_level),
    FOREIGN KEY (organization_id, year) REFERENCES connection_fee_schedule (organization_id, year) ON DELETE CASCADE
);

-- One-time codes (confirming a phone, signing a document): only a salted hash is kept. The latest
-- code of a (user, purpose, subject) is the one that counts.
CREATE TABLE one_time_code (
    id         bigserial PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    purpose    text        NOT NULL CHECK (purpose IN ('PHONE_CONFIRMATION', 'SIGNING')),
    -- what the code confirms: the phone number, the signed document's reference
    subject    text        NOT NULL,
    salt       bytea       NOT NULL,
    code_hash  bytea       NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at > issued_at),
    attempts   integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    used_at    timestamptz
);
CREATE INDEX one_time_code_latest ON one_time_code (user_id, purpose, subject, id DESC);

-- Who signed which document, when and how: the document itself lives where its owner keeps it, the
-- signature holds its SHA-256 so a later change is evident.
CREATE TABLE document_signature (
    id             bigserial PRIMARY KEY,
    document_ref   text        NOT NULL,
    sha256_hex     text        NOT NULL CHECK (sha256_hex ~ '^[0-9a-f]{64}$'),
    user_id        bigint      NOT NULL REFERENCES app_user (id),
    method         text        NOT NULL CHECK (method IN ('SIMPLE_CODE', 'CADES')),
    signed_at      timestamptz NOT NULL,
    -- the certificate's subject for CAdES, the person's name for a simple signature
    signer_subject text,
    -- the detached CMS as received; null for a simple signature
    cms            bytea,
    CHECK ((method = 'CADES') = (cms IS NOT NULL))
);
CREATE INDEX document_signature_document ON document_signature (document_ref, signed_at);
