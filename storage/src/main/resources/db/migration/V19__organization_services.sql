-- The services an organization bills, and for each the days of the month its customers may submit
-- readings when they differ from the organization's window (e.g. water by the 20th, power by the 25th).
CREATE TABLE organization_service (
    organization_id  text     NOT NULL REFERENCES organization (id),
    service_code     text     NOT NULL REFERENCES service (code),
    window_first_day smallint CHECK (window_first_day BETWEEN 1 AND 28),
    window_last_day  smallint CHECK (window_last_day BETWEEN 1 AND 31),
    PRIMARY KEY (organization_id, service_code),
    CHECK ((window_first_day IS NULL) = (window_last_day IS NULL)),
    CHECK (window_last_day IS NULL OR window_last_day >= window_first_day)
);

-- What organizations billed before this table: the services on their accounts, with the organization's window.
INSERT INTO organization_service (organization_id, service_code)
SELECT DISTINCT a.organization_id, s.service_code FROM account a JOIN account_service s ON s.account_id = a.id
ON CONFLICT DO NOTHING;
