-- Readings and events of a meter nobody has registered yet wait here instead of being lost: a
-- utility often switches a controller on before its meters are entered. The pipeline replays them
-- the moment the meter is registered and drops them after MH_UNKNOWN_METER_HOLD_H (72 h by default).
CREATE TABLE held_reading (
    id          bigserial   PRIMARY KEY,
    meter_id    text        NOT NULL,
    ts          timestamptz NOT NULL,
    topic       text        NOT NULL,
    received_at timestamptz NOT NULL,
    document    text        NOT NULL
);
CREATE INDEX held_reading_meter ON held_reading (meter_id, ts);
CREATE INDEX held_reading_received ON held_reading (received_at);
COMMENT ON TABLE held_reading IS 'samples and events of unregistered meters, waiting for registration (bounded by MH_UNKNOWN_METER_HOLD_H)';
COMMENT ON COLUMN held_reading.document IS 'a v1 uplink document holding just this sample or event, replayed through the pipeline as it arrived';
COMMENT ON COLUMN held_reading.topic IS 'the topic it arrived on: the replay is checked against the meter''s controller like the original';

-- Registration reaches a running pipeline at once, not on a timer: one notification per statement
-- (a load of 100,000 meters is one reload, not 100,000).
CREATE FUNCTION notify_meter_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('meter_registry_changed', TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER meter_registry_changed AFTER INSERT OR UPDATE OR DELETE ON meter
    FOR EACH STATEMENT EXECUTE FUNCTION notify_meter_registry_changed();
CREATE TRIGGER organization_registry_changed AFTER UPDATE ON organization
    FOR EACH STATEMENT EXECUTE FUNCTION notify_meter_registry_changed();
