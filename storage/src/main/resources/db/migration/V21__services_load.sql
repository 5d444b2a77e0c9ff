-- Accounts' services connect and disconnect by a file of their own.
ALTER TABLE data_load DROP CONSTRAINT data_load_kind_check;
ALTER TABLE data_load ADD CONSTRAINT data_load_kind_check
    CHECK (kind IN ('ACCOUNTS', 'METERS', 'READINGS', 'BALANCES', 'PAYMENTS', 'SERVICES'));
