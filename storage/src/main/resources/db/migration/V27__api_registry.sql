-- The integration API's registry (issue 15): keys granted their organization's sub-organizations, and
-- the times of change that "updatedSince" filters read.

-- A key acts for its organization alone unless granted its sub-organizations (organization.parent_id,
-- V15) as well: every organization below its own, at any depth, never a sibling or a parent.
ALTER TABLE api_key ADD COLUMN include_sub_organizations boolean NOT NULL DEFAULT false;

-- When an account or a customer last changed, whoever changed it (a load, the control panel, the API,
-- the customer): a trigger, so that no writer can forget it. A write that changes nothing leaves it,
-- and a writer that sets the time itself (by its own clock) keeps its time.
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END $$;

ALTER TABLE account ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE TRIGGER account_touched BEFORE UPDATE ON account FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER customer_touched BEFORE UPDATE ON customer FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION touch_updated_at();
CREATE INDEX account_updated ON account (organization_id, updated_at);

-- A service connected to an account or disconnected from it changes the account too.
CREATE FUNCTION touch_account_of_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE account SET updated_at = now() WHERE id IN (SELECT account_id FROM changed_services);
    RETURN NULL;
END $$;
CREATE TRIGGER account_services_added AFTER INSERT ON account_service REFERENCING NEW TABLE AS changed_services
    FOR EACH STATEMENT EXECUTE FUNCTION touch_account_of_services();
CREATE TRIGGER account_services_removed AFTER DELETE ON account_service REFERENCING OLD TABLE AS changed_services
    FOR EACH STATEMENT EXECUTE FUNCTION touch_account_of_services();
