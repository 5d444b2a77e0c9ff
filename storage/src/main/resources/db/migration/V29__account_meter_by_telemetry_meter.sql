-- Every meter written by the registry (page, API, loads) updates the account meters that show it
-- (`WHERE telemetry_meter_id = ?`): without an index that is a scan of all account meters per meter,
-- which a utility of 100,000 accounts pays on each of a bulk upsert's 10,000 items.
CREATE INDEX account_meter_telemetry_meter ON account_meter (telemetry_meter_id) WHERE telemetry_meter_id IS NOT NULL;
