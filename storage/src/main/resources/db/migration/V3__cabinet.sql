-- The customer cabinet: people, accounts, meters on accounts, tariffs, manual readings, the ledger,
-- payments and receipts. Money is numeric with kopecks, never floating point.

-- What a receipt needs of an organization, and when it takes manual readings.
ALTER TABLE organization
    ADD COLUMN legal_name            text,
    ADD COLUMN inn                   text,
    ADD COLUMN kpp                   text,
    ADD COLUMN bank_name             text,
    ADD COLUMN bic                   text,
    ADD COLUMN correspondent_account text,
    ADD COLUMN settlement_account    text,
    ADD COLUMN phone                 text,
    -- manual readings are accepted from window_first_day to window_last_day of each month (local)
    ADD COLUMN window_first_day      smallint NOT NULL DEFAULT 15 CHECK (window_first_day BETWEEN 1 AND 28),
    ADD COLUMN window_last_day       smallint NOT NULL DEFAULT 25 CHECK (window_last_day BETWEEN 1 AND 31);

CREATE TABLE app_user (
    id              bigserial PRIMARY KEY,
    login           text        NOT NULL UNIQUE,
    password_hash   text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('CUSTOMER', 'OPERATOR', 'ADMIN')),
    display_name    text        NOT NULL,
    locale          text        NOT NULL DEFAULT 'ru',
    -- operators and administrators work for one organization; customers for none
    organization_id text REFERENCES organization (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- A person or company that buys energy or services. Personal data is kept whole and shown masked.
CREATE TABLE customer (
    id        bigserial PRIMARY KEY,
    user_id   bigint UNIQUE REFERENCES app_user (id),
    kind      text NOT NULL CHECK (kind IN ('INDIVIDUAL', 'SOLE_PROPRIETOR', 'LEGAL_ENTITY')),
    full_name text NOT NULL,
    snils     text,
    inn       text,
    phone     text,
    email     text
);

-- What an organization charges for: electricity by zone, water, heat, upkeep...
CREATE TABLE service (
    code    text PRIMARY KEY,
    name_ru text    NOT NULL,
    name_en text    NOT NULL,
    unit    text    NOT NULL,          -- 'kWh', 'm3', 'Gcal' for metered services, 'month' for fixed ones
    metered boolean NOT NULL
);
INSERT INTO service (code, name_ru, name_en, unit, metered) VALUES
    ('ELECTRICITY', 'Электроэнергия', 'Electricity', 'kWh', true),
    ('COLD_WATER', 'Холодное водоснабжение', 'Cold water', 'm3', true),
    ('HOT_WATER', 'Горячее водоснабжение', 'Hot water', 'm3', true),
    ('UPKEEP', 'Содержание жилого помещения', 'Housing upkeep', 'month', false),
    ('WASTE', 'Обращение с ТКО', 'Solid waste', 'month', false);

-- A billing account (лицевой счёт): one address with one organization.
CREATE TABLE account (
    id              bigserial PRIMARY KEY,
    number          text   NOT NULL,
    organization_id text   NOT NULL REFERENCES organization (id),
    holder_id       bigint NOT NULL REFERENCES customer (id),
    address         text   NOT NULL,
    opened_on       date   NOT NULL DEFAULT current_date,
    UNIQUE (organization_id, number)
);
CREATE INDEX account_holder ON account (holder_id);

-- The services an account is charged for, each by the organization of the account.
CREATE TABLE account_service (
    account_id   bigint NOT NULL REFERENCES account (id),
    service_code text   NOT NULL REFERENCES service (code),
    PRIMARY KEY (account_id, service_code)
);

-- A meter installed at an account. A smart meter is the same meter as in telemetry.
CREATE TABLE account_meter (
    id                 bigserial PRIMARY KEY,
    account_id         bigint   NOT NULL REFERENCES account (id),
    service_code       text     NOT NULL REFERENCES service (code),
    serial             text     NOT NULL,
    model              text     NOT NULL,
    zones              smallint NOT NULL CHECK (zones IN (1, 2, 3)),
    digits             smallint NOT NULL DEFAULT 6 CHECK (digits BETWEEN 4 AND 9),   -- integer digits
    decimals           smallint NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 3), -- digits after the point
    telemetry_meter_id text REFERENCES meter (id),
    installed_on       date     NOT NULL DEFAULT current_date,
    removed_on         date,
    UNIQUE (account_id, serial)
);

-- Prices per organization, service and zone (0 for a fixed monthly charge), valid from a date.
-- A new price is a new row: past charges keep the price they were made with.
CREATE TABLE tariff (
    id              bigserial PRIMARY KEY,
    organization_id text          NOT NULL REFERENCES organization (id),
    service_code    text          NOT NULL REFERENCES service (code),
    zone            smallint      NOT NULL CHECK (zone BETWEEN 0 AND 3),
    price           numeric(12, 4) NOT NULL CHECK (price >= 0),
    valid_from      date          NOT NULL,
    valid_to        date,         -- exclusive; null while in force
    UNIQUE (organization_id, service_code, zone, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- A customer's (or an operator's) manual reading of one zone register.
CREATE TABLE manual_reading (
    id                    bigserial PRIMARY KEY,
    account_meter_id      bigint        NOT NULL REFERENCES account_meter (id),
    zone                  smallint      NOT NULL CHECK (zone BETWEEN 1 AND 3),
    value                 numeric(14, 3) NOT NULL CHECK (value >= 0),
    taken_on              date          NOT NULL,
    submitted_at          timestamptz   NOT NULL DEFAULT now(),
    submitted_by          bigint        REFERENCES app_user (id),
    status                text          NOT NULL CHECK (status IN ('ACCEPTED', 'UNDER_REVIEW', 'REJECTED')),
    flag                  text,          -- why it went to review: JUMP, TELEMETRY_MISMATCH, LOWER_THAN_LAST
    reason                text,          -- the reviewer's reason, shown to the customer
    reviewed_by           bigint        REFERENCES app_user (id),
    reviewed_at           timestamptz,
    meter_replacement     boolean       NOT NULL DEFAULT false
);
CREATE INDEX manual_reading_meter ON manual_reading (account_meter_id, zone, taken_on);

-- The ledger of an account: debt = charges - payments, per service, kept without limit.
CREATE TABLE ledger_entry (
    id           bigserial PRIMARY KEY,
    account_id   bigint        NOT NULL REFERENCES account (id),
    service_code text          NOT NULL REFERENCES service (code),
    kind         text          NOT NULL CHECK (kind IN ('CHARGE', 'PAYMENT', 'ADJUSTMENT')),
    period       date          NOT NULL CHECK (extract(day FROM period) = 1), -- the month it belongs to
    amount       numeric(14, 2) NOT NULL,  -- positive: a charge raises the debt, a payment lowers it
    description  text          NOT NULL,
    -- what made the entry, e.g. 'billing:2026-10' or 'payment:123' or 'import:file.csv:17': one entry per source
    source       text          NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (account_id, service_code, kind, period, source)
);
CREATE INDEX ledger_account ON ledger_entry (account_id, period);

-- How a charge was made, line by line: quantity by zone times the price in force.
CREATE TABLE charge_line (
    ledger_entry_id bigint         NOT NULL REFERENCES ledger_entry (id) ON DELETE CASCADE,
    zone            smallint       NOT NULL,
    quantity        numeric(14, 3) NOT NULL,
    price           numeric(12, 4) NOT NULL,
    amount          numeric(14, 2) NOT NULL,
    valid_from      date           NOT NULL,
    valid_to        date           NOT NULL
);

-- A payment through a provider: one payment may cover several accounts (and so organizations).
CREATE TABLE payment (
    id                  bigserial PRIMARY KEY,
    idempotency_key     text          NOT NULL UNIQUE,
    user_id             bigint        NOT NULL REFERENCES app_user (id),
    provider            text          NOT NULL,
    provider_payment_id text          UNIQUE,
    amount              numeric(14, 2) NOT NULL CHECK (amount > 0),
    status              text          NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    completed_at        timestamptz
);

-- The split of a payment: per account and service, and so per organization (supplier).
CREATE TABLE payment_allocation (
    payment_id      bigint        NOT NULL REFERENCES payment (id),
    account_id      bigint        NOT NULL REFERENCES account (id),
    service_code    text          NOT NULL REFERENCES service (code),
    organization_id text          NOT NULL REFERENCES organization (id),
    amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, account_id, service_code)
);

-- Every provider callback as it came, accepted or refused, for audit and disputes.
CREATE TABLE payment_callback (
    id          bigserial PRIMARY KEY,
    provider    text        NOT NULL,
    payload     text        NOT NULL,
    signature   text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    outcome     text        NOT NULL  -- APPLIED, DUPLICATE, REFUSED: <reason>
);
