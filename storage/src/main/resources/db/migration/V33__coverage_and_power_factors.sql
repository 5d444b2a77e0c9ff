-- Public pages of a grid company: its coverage map (карта присутствия) and the power calculator's coincidence factors.
--
-- A service area is one polygon (or multipolygon) of an uploaded GeoJSON with its name, the settlements it covers
-- and the office that serves it. The office is kept on the area itself (name, address, lon/lat), not as a reference
-- to the appointments' offices, so the map stands on its own; an upload replaces the organization's whole set.
CREATE TABLE service_area (
    id              bigserial PRIMARY KEY,
    organization_id text        NOT NULL REFERENCES organization (id),
    position        integer     NOT NULL,
    name            text        NOT NULL,
    -- the GeoJSON geometry as validated (Polygon or MultiPolygon), drawn by the browser as it is
    geometry        jsonb       NOT NULL,
    office_name     text,
    office_address  text,
    office_lon      numeric(9, 6) CHECK (office_lon BETWEEN -180 AND 180),
    office_lat      numeric(8, 6) CHECK (office_lat BETWEEN -90 AND 90),
    uploaded_at     timestamptz NOT NULL,
    uploaded_by     bigint REFERENCES app_user (id),
    UNIQUE (organization_id, position),
    UNIQUE (organization_id, name),
    CHECK ((office_lon IS NULL) = (office_lat IS NULL))
);

-- a settlement by its name as shown and as searched (lower case, ё as е, "г." / "пос." and the like dropped)
CREATE TABLE service_area_settlement (
    area_id     bigint NOT NULL REFERENCES service_area (id) ON DELETE CASCADE,
    name        text   NOT NULL,
    search_name text   NOT NULL,
    PRIMARY KEY (area_id, search_name)
);
CREATE INDEX service_area_settlement_search ON service_area_settlement (search_name);

-- an organization's own coincidence factor of a device type; a type not listed takes the calculator's default
CREATE TABLE power_factor (
    organization_id text         NOT NULL REFERENCES organization (id),
    device_type     text         NOT NULL CHECK (device_type IN ('LIGHTING', 'KETTLE', 'ELECTRIC_STOVE', 'WATER_HEATER', 'HEAT_PUMP',
                                                                 'BOILER', 'WELDING', 'EV_CHARGER', 'OTHER')),
    factor          numeric(3, 2) NOT NULL CHECK (factor > 0 AND factor <= 1),
    PRIMARY KEY (organization_id, device_type)
);
