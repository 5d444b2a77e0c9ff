-- The control panel's customer search (issue 14): by account number and meter serial (prefix, btree),
-- by the holder's name and the account's address (anywhere in the text, pg_trgm GIN where the
-- extension can be created). Every query is within one organization and paged.

CREATE INDEX account_number_prefix ON account (organization_id, lower(number) text_pattern_ops);
CREATE INDEX account_meter_serial_prefix ON account_meter (lower(serial) text_pattern_ops);
-- a name or an address searched from its start still uses an index without pg_trgm
CREATE INDEX customer_name_prefix ON customer (lower(full_name) text_pattern_ops);
CREATE INDEX account_address_prefix ON account (organization_id, lower(address) text_pattern_ops);

DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm cannot be created (%): names and addresses are searched without trigram indexes', SQLERRM;
        RETURN;
    END;
    CREATE INDEX customer_name_trgm ON customer USING gin (lower(full_name) gin_trgm_ops);
    CREATE INDEX account_address_trgm ON account USING gin (lower(address) gin_trgm_ops);
END
$$;
