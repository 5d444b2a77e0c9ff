-- Two-factor sign-in (issue 17). A user's second factors: an authenticator app's TOTP secret (sealed with AES-GCM under
-- a key derived from MH_OTP_KEY, never in clear), the last time step accepted (a code passes once), and whether a
-- code by email is asked at login.
CREATE TABLE second_factor (
    user_id           bigint PRIMARY KEY REFERENCES app_user (id),
    totp_secret       bytea,
    -- null while the enrolment waits for its first code
    totp_confirmed_at timestamptz,
    totp_last_step    bigint,
    email_code        boolean     NOT NULL DEFAULT false,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Single-use recovery codes, stored as SHA-256 of the user and the code (the codes are random, 60 bits).
CREATE TABLE recovery_code (
    id         bigserial PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    code_hash  bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    UNIQUE (user_id, code_hash)
);

-- A code emailed at login is a one-time code of its own purpose.
ALTER TABLE one_time_code DROP CONSTRAINT one_time_code_purpose_check;
ALTER TABLE one_time_code ADD CONSTRAINT one_time_code_purpose_check CHECK (purpose IN ('PHONE_CONFIRMATION', 'SIGNING', 'SIGN_IN'));

-- A wrong second-factor code is a sign-in outcome of its own: the history shows it, its own limit counts it.
ALTER TABLE sign_in_attempt DROP CONSTRAINT sign_in_attempt_outcome_check;
ALTER TABLE sign_in_attempt ADD CONSTRAINT sign_in_attempt_outcome_check CHECK (outcome IN ('SUCCESS', 'FAILURE', 'LOCKED', 'CODE_FAILURE'));

-- When the user last proved who they are (password or second factor): signing needs it within minutes.
ALTER TABLE app_user ADD COLUMN authenticated_at timestamptz;
