-- An operator's confirmation that a meter was replaced: the next reading lower than the last
-- accepted one is then taken as the new meter's start instead of being refused. Cleared once used.
ALTER TABLE account_meter
    ADD COLUMN replacement_confirmed_by bigint REFERENCES app_user (id),
    ADD COLUMN replacement_confirmed_at timestamptz;

-- Operators list what waits for review in their organization.
CREATE INDEX manual_reading_under_review ON manual_reading (account_meter_id) WHERE status = 'UNDER_REVIEW';

-- Billing and ledger pages read an account's entries by service and period.
CREATE INDEX ledger_account_service ON ledger_entry (account_id, service_code, period);
