-- Data loading (issue 14): files of accounts, meters, readings and debts a utility loads itself. A load is checked
-- whole before anything is written; its file is kept so that it can be applied later (the operator
-- may leave the page), and given back with an error column.

CREATE TABLE data_load (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    kind            text        NOT NULL CHECK (kind IN ('ACCOUNTS', 'METERS', 'READINGS', 'BALANCES')),
    file_name       text        NOT NULL,
    format          text        NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    content         bytea       NOT NULL,
    -- the file's identity whatever its name: the same bytes under another name are the same load
    content_sha256  bytea       NOT NULL CHECK (length(content_sha256) = 32),
    uploaded_by     bigint      NOT NULL REFERENCES app_user (id),
    uploaded_at     timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL CHECK (status IN ('CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED')),
    rows_total      integer     NOT NULL DEFAULT 0,
    rows_checked    integer     NOT NULL DEFAULT 0,
    rows_valid      integer     NOT NULL DEFAULT 0,
    rows_bad        integer     NOT NULL DEFAULT 0,
    rows_new        integer     NOT NULL DEFAULT 0,
    rows_updated    integer     NOT NULL DEFAULT 0,
    rows_applied    integer     NOT NULL DEFAULT 0,
    applied_by      bigint      REFERENCES app_user (id),
    finished_at     timestamptz,
    -- why the whole load failed (unreadable file, missing column, a server error): a message key and its argument
    error           text,
    error_arg       text
);
CREATE INDEX data_load_history ON data_load (organization_id, id DESC);
-- Applying the same content twice for the same organization and kind is impossible, even when two
-- operators press the button at once: only one load of a content may be applying or applied.
CREATE UNIQUE INDEX data_load_content_once ON data_load (organization_id, kind, content_sha256)
    WHERE status IN ('APPLYING', 'APPLIED');

-- Every bad field of a checked load, as the file's user sees it: the row number in Excel (the header
-- is row 1), the column's header, the value and what is wrong with it (a message key and arguments).
CREATE TABLE data_load_problem (
    load_id bigint  NOT NULL REFERENCES data_load (id) ON DELETE CASCADE,
    seq     integer NOT NULL,
    row_no  integer NOT NULL,
    field   text    NOT NULL,
    value   text    NOT NULL,
    code    text    NOT NULL,
    args    text[]  NOT NULL,
    PRIMARY KEY (load_id, seq)
);
