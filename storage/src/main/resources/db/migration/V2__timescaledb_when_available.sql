-- TimescaleDB is optional: plain PostgreSQL runs everything. Where the extension is installed
-- (and preloaded), the time-series tables become hypertables with compression and retention.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        RAISE NOTICE 'timescaledb is not available: staying on plain PostgreSQL tables';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS timescaledb;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'timescaledb is installed but cannot be created (%): staying on plain tables', SQLERRM;
        RETURN;
    END;
    PERFORM create_hypertable('raw_reading', 'ts', chunk_time_interval => INTERVAL '7 days', migrate_data => true);
    PERFORM create_hypertable('hourly_consumption', 'hour_start', chunk_time_interval => INTERVAL '30 days', migrate_data => true);
    PERFORM create_hypertable('meter_event', 'ts', chunk_time_interval => INTERVAL '30 days', migrate_data => true);
    EXECUTE 'ALTER TABLE raw_reading SET (timescaledb.compress, timescaledb.compress_segmentby = ''meter_id, obis'')';
    PERFORM add_compression_policy('raw_reading', INTERVAL '14 days');
    EXECUTE 'ALTER TABLE hourly_consumption SET (timescaledb.compress, timescaledb.compress_segmentby = ''meter_id, obis'')';
    PERFORM add_compression_policy('hourly_consumption', INTERVAL '90 days');
    -- Raw readings are kept three years for disputes (the limitation period); hours forever.
    PERFORM add_retention_policy('raw_reading', INTERVAL '3 years');
END
$$;
