-- Sign-up (issue 17): the email is confirmed by a one-time code like the phone; null until then, and again null when
-- the email changes. Emails kept before this version were never confirmed and stay null.
ALTER TABLE customer ADD COLUMN email_confirmed_at timestamptz;

-- Each acceptance of the consent to personal data processing (152-FZ), with the version of the text accepted; a new
-- version of the text asks the customer again, and the old acceptances stay as the record of what was agreed.
CREATE TABLE consent (
    id          bigserial PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    version     text        NOT NULL,
    accepted_at timestamptz NOT NULL,
    address     text                     -- the browser's address, when known
);
CREATE INDEX consent_user ON consent (user_id, accepted_at DESC);

-- The code that confirms an email is a one-time code of its own purpose.
ALTER TABLE one_time_code DROP CONSTRAINT one_time_code_purpose_check;
ALTER TABLE one_time_code ADD CONSTRAINT one_time_code_purpose_check
    CHECK (purpose IN ('PHONE_CONFIRMATION', 'SIGNING', 'SIGN_IN', 'EMAIL_CONFIRMATION'));
