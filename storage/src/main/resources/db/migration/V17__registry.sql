-- The registry of the control panel (issue 14): what telemetry comes from, kept by the utility's
-- staff instead of SQL. Controllers get what polling and broker login need; meters what the
-- utility's documents say of them; a meter replacement keeps the last and the first register values.

-- A Modbus controller is one device the gateway polls at host:port, unit id, by a device profile
-- (protocols/modbus/profile); an MQTT controller logs in to the broker with its id as user name and
-- a password whose hash alone is kept, in Mosquitto 2's password file form
-- ($7$iterations$salt$hash, PBKDF2-HMAC-SHA512), so the same line serves a Mosquitto broker.
ALTER TABLE controller
    ADD COLUMN modbus_host           text,
    ADD COLUMN modbus_port           integer CHECK (modbus_port BETWEEN 1 AND 65535),
    ADD COLUMN modbus_unit_id        integer CHECK (modbus_unit_id BETWEEN 0 AND 255),
    ADD COLUMN modbus_profile        text,
    ADD COLUMN poll_interval_seconds integer CHECK (poll_interval_seconds > 0),
    ADD COLUMN mqtt_password_hash    text,
    ADD COLUMN mqtt_issued_at        timestamptz,
    ADD COLUMN mqtt_rotated_at       timestamptz,
    ADD COLUMN created_at            timestamptz NOT NULL DEFAULT now();
CREATE INDEX controller_organization ON controller (organization_id, id);
COMMENT ON COLUMN controller.mqtt_password_hash IS 'the broker password as a Mosquitto 2 password file hash ($7$...); the password itself is shown once and never kept';
COMMENT ON COLUMN controller.mqtt_rotated_at IS 'when the password was last replaced: the one before no longer logs in';

-- A meter as the utility's documents know it: its number (номер ПУ), the account and the object it
-- serves, when it was installed, the next verification date (дата поверки), and when it was taken
-- out (replaced). The telemetry id stays what the controller reports it by.
ALTER TABLE meter
    ADD COLUMN number               text,
    ADD COLUMN account_id           bigint REFERENCES account (id),
    ADD COLUMN object_name          text,
    ADD COLUMN installed_on         date,
    ADD COLUMN next_verification_on date,
    ADD COLUMN removed_on           date;
CREATE UNIQUE INDEX meter_number ON meter (organization_id, number) WHERE number IS NOT NULL;
CREATE INDEX meter_account ON meter (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX meter_controller ON meter (controller_id);

-- A meter replaced by another: the old one's final register values and the new one's initial ones,
-- by OBIS code ({"1.8.0": 12345.6, "1.8.1": ...}), so consumption across the swap is not lost.
CREATE TABLE meter_replacement (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    old_meter_id    text        NOT NULL REFERENCES meter (id),
    new_meter_id    text        NOT NULL REFERENCES meter (id) CHECK (new_meter_id <> old_meter_id),
    replaced_at     timestamptz NOT NULL,
    final_values    jsonb       NOT NULL,
    initial_values  jsonb       NOT NULL,
    replaced_by     bigint      REFERENCES app_user (id),
    reason          text,
    UNIQUE (old_meter_id)
);
CREATE INDEX meter_replacement_new ON meter_replacement (new_meter_id);
