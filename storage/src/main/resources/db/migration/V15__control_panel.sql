-- The control panel (issue 14): a utility keeps its own requisites, sub-organizations, staff with
-- rights per module, and an audit log of what its staff did.

-- Requisites a receipt and a contract need, and the organization a sub-organization belongs to.
ALTER TABLE organization
    ADD COLUMN parent_id text REFERENCES organization (id),
    ADD COLUMN ogrn      text,
    ADD COLUMN address   text,
    ADD COLUMN email     text,
    ADD COLUMN website   text,
    ADD CONSTRAINT organization_not_its_own_parent CHECK (parent_id IS NULL OR parent_id <> id);
CREATE INDEX organization_parent ON organization (parent_id);

-- A staff user's rights: one row per module of the control panel they may use. An administrator of
-- an organization holds every module of it without rows; an operator holds exactly the rows granted.
CREATE TABLE staff_grant (
    user_id    bigint      NOT NULL REFERENCES app_user (id),
    module     text        NOT NULL CHECK (module IN ('ORGANIZATION', 'USERS', 'DATA_LOADING', 'MANUAL_EDITING',
                                                      'REGISTRY', 'READINGS', 'APPEALS', 'ANNOUNCEMENTS', 'STAFF')),
    granted_by bigint      REFERENCES app_user (id),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, module)
);

-- Operators who worked before modules existed keep the work they did: new readings and the registry.
INSERT INTO staff_grant (user_id, module)
SELECT id, m.module FROM app_user, (VALUES ('READINGS'), ('REGISTRY')) AS m (module) WHERE role = 'OPERATOR';

-- A blocked user cannot log in; sessions issued before sessions_valid_after are ended.
ALTER TABLE app_user
    ADD COLUMN blocked_at           timestamptz,
    ADD COLUMN blocked_reason       text,
    ADD COLUMN sessions_valid_after timestamptz;

-- A one-time link to set a new password: only the token's SHA-256 is kept; used once, then void.
CREATE TABLE password_reset (
    token_sha256 bytea PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id),
    created_by   bigint      REFERENCES app_user (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);

-- Every staff action: who, when, what, on which record, the record before and after, and why.
CREATE TABLE audit_entry (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    organization_id text        NOT NULL REFERENCES organization (id),
    actor_id        bigint      REFERENCES app_user (id),
    actor_login     text        NOT NULL,
    action          text        NOT NULL,   -- e.g. 'organization.update', 'staff.grant', 'load.apply'
    record_kind     text        NOT NULL,   -- e.g. 'organization', 'user', 'meter', 'data_load'
    record_id       text        NOT NULL,
    before          jsonb,
    after           jsonb,
    reason          text
);
CREATE INDEX audit_organization_newest ON audit_entry (organization_id, id DESC);
CREATE INDEX audit_record ON audit_entry (organization_id, record_kind, record_id);

-- The next verification date of a meter (дата поверки).
ALTER TABLE account_meter ADD COLUMN next_verification_on date;
