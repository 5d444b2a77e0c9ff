-- A write-off (an adjustment that lowers a debt) at or over the organization's threshold is not written at once: it waits
-- here until a second staff member with the manual editing module approves it (then the ledger entry is written, with
-- the source 'write-off:<id>') or rejects it. The author can do neither.
CREATE TABLE write_off_request (
    id                bigserial PRIMARY KEY,
    organization_id   text          NOT NULL REFERENCES organization (id),
    account_id        bigint        NOT NULL REFERENCES account (id),
    service_code      text          NOT NULL,
    period            date          NOT NULL,                       -- the first day of the month
    amount            numeric(14,2) NOT NULL CHECK (amount < 0),    -- signed as the adjustment entry will be
    description       text          NOT NULL,
    reason            text          NOT NULL,
    requested_by      bigint        NOT NULL REFERENCES app_user (id),
    requested_at      timestamptz   NOT NULL,
    status            text          NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by        bigint        REFERENCES app_user (id),
    decided_at        timestamptz,
    decision_reason   text,
    CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX write_off_request_pending ON write_off_request (organization_id, id DESC) WHERE status = 'PENDING';
CREATE INDEX write_off_request_newest ON write_off_request (organization_id, id DESC);
