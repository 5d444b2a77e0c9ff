-- Who made an API key, as the control panel's list of keys shows it: the administrator's login, or
-- the tool that made it ('cli' for ./meterhub api-key, 'demo' for the demo's key). Null for keys
-- made before this column.
ALTER TABLE api_key ADD COLUMN created_by text;
