-- Every attempt to sign in: the throttle counts the failures of a login and of an address from here, the user reads
-- "where you signed in", administrators search it. The login is stored as typed (normalized, capped), also when no such
-- user exists, so guessing unknown logins is throttled as well.
CREATE TABLE sign_in_attempt (
    id         bigserial PRIMARY KEY,
    login      text        NOT NULL,
    address    text        NOT NULL,
    user_id    bigint REFERENCES app_user (id),
    outcome    text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'LOCKED')),
    user_agent text,
    at         timestamptz NOT NULL
);
CREATE INDEX sign_in_attempt_login ON sign_in_attempt (login, at DESC);
CREATE INDEX sign_in_attempt_address ON sign_in_attempt (address, at DESC);
CREATE INDEX sign_in_attempt_user ON sign_in_attempt (user_id, at DESC);
