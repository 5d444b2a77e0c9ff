-- Personal data (issue 17).

-- A customer reads who opened their data, whatever organization's staff did: by the record, across organizations.
CREATE INDEX audit_entry_of_record ON audit_entry (record_kind, record_id, action, id DESC);

-- A paper application that staff register for an existing customer waits for that customer's confirmation in the
-- cabinet before staff may download the applicant's full profile (the application card).
CREATE TABLE paper_confirmation (
    application_id bigint      PRIMARY KEY REFERENCES connection_application (id) ON DELETE CASCADE,
    requested_by   bigint      NOT NULL REFERENCES app_user (id),
    requested_at   timestamptz NOT NULL,
    confirmed_at   timestamptz
);
