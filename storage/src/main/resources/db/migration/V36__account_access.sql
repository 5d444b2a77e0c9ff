-- Self-service accounts and delegation (issue 17). A customer attaches an account by its number and the secret
-- printed on the receipt (the account's PIN, or the amount of its last charge when it has none); a holder hands
-- rights over one account to another user until a date. The customer row's user_id still counts as the holder.

-- The receipt's PIN, hashed (BCrypt): a PIN is short, the lock of tries below is what protects it.
ALTER TABLE account ADD COLUMN pin_hash text;

-- Who may use an account besides its customer's own login: HOLDER (attached, may delegate), or a delegate with
-- VIEW, READINGS (view and submit readings) or READINGS_AND_PAYMENTS (also pay). Rows are never deleted:
-- they are the history both sides read (granted, revoked, expired).
CREATE TABLE account_access (
    id          bigserial PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id),
    user_id     bigint      NOT NULL REFERENCES app_user (id),
    kind        text        NOT NULL CHECK (kind IN ('HOLDER', 'VIEW', 'READINGS', 'READINGS_AND_PAYMENTS')),
    granted_by  bigint      NOT NULL REFERENCES app_user (id),
    granted_at  timestamptz NOT NULL,
    valid_until timestamptz,              -- null: until revoked; a delegation ends at the start of this instant
    revoked_at  timestamptz,
    revoked_by  bigint REFERENCES app_user (id),
    CHECK (kind <> 'HOLDER' OR valid_until IS NULL)
);
CREATE INDEX account_access_user ON account_access (user_id) WHERE revoked_at IS NULL;
CREATE INDEX account_access_account ON account_access (account_id);

-- Every try to attach an account, right or wrong: the lock counts the failures per account and per user.
CREATE TABLE account_attach_attempt (
    id              bigserial PRIMARY KEY,
    user_id         bigint      NOT NULL REFERENCES app_user (id),
    account_id      bigint REFERENCES account (id),  -- null when no account had that number
    number          text        NOT NULL,
    organization_id text,
    outcome         text        NOT NULL CHECK (outcome IN ('ATTACHED', 'WRONG_SECRET', 'NO_SUCH_ACCOUNT', 'LOCKED')),
    at              timestamptz NOT NULL
);
CREATE INDEX account_attach_attempt_user ON account_attach_attempt (user_id, at DESC);
CREATE INDEX account_attach_attempt_account ON account_attach_attempt (account_id, at DESC);
