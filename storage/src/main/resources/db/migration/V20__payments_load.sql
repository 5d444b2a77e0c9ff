-- Payments received elsewhere (a bank's register, a cash desk, 1C) load like the other kinds.
ALTER TABLE data_load DROP CONSTRAINT data_load_kind_check;
ALTER TABLE data_load ADD CONSTRAINT data_load_kind_check CHECK (kind IN ('ACCOUNTS', 'METERS', 'READINGS', 'BALANCES', 'PAYMENTS'));
