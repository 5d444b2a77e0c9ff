-- Correspondence: one thread of numbered, dated messages with attachments per subject (a connection
-- application, later an appeal), with read marks per side. The connection applications' messages and
-- their attachments move here, ids kept, so nothing already written is lost.
CREATE TABLE correspondence_thread (
    id               bigserial PRIMARY KEY,
    subject_kind     text   NOT NULL CHECK (subject_kind IN ('CONNECTION_APPLICATION', 'APPEAL')),
    subject_id       bigint NOT NULL,
    -- the customer's side of the thread (null when the customer has no login, e.g. a paper application)
    customer_user_id bigint REFERENCES app_user (id),
    UNIQUE (subject_kind, subject_id)
);

-- seq numbers the messages of one thread (1, 2, ...); number is the subject's number and seq, e.g. ТП-2026-000123/3
CREATE TABLE correspondence_message (
    id        bigserial PRIMARY KEY,
    thread_id bigint      NOT NULL REFERENCES correspondence_thread (id) ON DELETE CASCADE,
    seq       integer     NOT NULL,
    number    text        NOT NULL,
    at        timestamptz NOT NULL,
    side      text        NOT NULL CHECK (side IN ('CUSTOMER', 'STAFF')),
    user_id   bigint      NOT NULL REFERENCES app_user (id),
    text      text        NOT NULL,
    UNIQUE (thread_id, seq)
);

CREATE TABLE correspondence_attachment (
    id           bigserial PRIMARY KEY,
    message_id   bigint  NOT NULL REFERENCES correspondence_message (id) ON DELETE CASCADE,
    -- what the subject calls the file (a connection application's document kind, e.g. OTHER)
    label        text    NOT NULL,
    file_name    text    NOT NULL,
    content_type text    NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size         integer NOT NULL CHECK (size > 0),
    content      bytea   NOT NULL,
    sha256       text    NOT NULL
);
CREATE INDEX correspondence_attachment_message ON correspondence_attachment (message_id, id);

-- how far each side has read a thread: the seq of the last message it saw
CREATE TABLE correspondence_read (
    thread_id bigint  NOT NULL REFERENCES correspondence_thread (id) ON DELETE CASCADE,
    side      text    NOT NULL CHECK (side IN ('CUSTOMER', 'STAFF')),
    last_seq  integer NOT NULL,
    PRIMARY KEY (thread_id, side)
);

INSERT INTO correspondence_thread (subject_kind, subject_id, customer_user_id)
SELECT 'CONNECTION_APPLICATION', a.id, c.user_id
  FROM connection_application a JOIN customer c ON c.id = a.customer_id
 WHERE EXISTS (SELECT 1 FROM connection_message m WHERE m.application_id = a.id);

INSERT INTO correspondence_message (id, thread_id, seq, number, at, side, user_id, text)
SELECT m.id, t.id, m.seq, m.number, m.at, CASE m.author_side WHEN 'APPLICANT' THEN 'CUSTOMER' ELSE 'STAFF' END, m.user_id, m.text
  FROM connection_message m
  JOIN correspondence_thread t ON t.subject_kind = 'CONNECTION_APPLICATION' AND t.subject_id = m.application_id;
SELECT setval(pg_get_serial_sequence('correspondence_message', 'id'), coalesce((SELECT max(id) FROM correspondence_message), 0) + 1, false);

INSERT INTO correspondence_attachment (id, message_id, label, file_name, content_type, size, content, sha256)
SELECT d.id, d.message_id, d.kind, d.file_name, d.content_type, d.size, d.content, d.sha256
  FROM connection_document d WHERE d.message_id IS NOT NULL;
-- attachment ids continue after every connection document's, so a page never shows two files under one id
SELECT setval(pg_get_serial_sequence('correspondence_attachment', 'id'),
              greatest(coalesce((SELECT max(id) FROM correspondence_attachment), 0), coalesce((SELECT max(id) FROM connection_document), 0)) + 1,
              false);

DELETE FROM connection_document WHERE message_id IS NOT NULL;
ALTER TABLE connection_document DROP COLUMN message_id;
DROP TABLE connection_message;
