-- Anomaly thresholds per organization (issue 5). One row per organization that changed anything;
-- a null column means "the default" (AnomalyThresholds.defaults() in the stream module), so a
-- new default reaches every organization that did not choose its own. The pipeline reloads this
-- table every few minutes (MH_ANOMALY_REFRESH_S) and validates each row as a whole.
CREATE TABLE anomaly_thresholds (
    organization_id         text PRIMARY KEY REFERENCES organization (id),
    spike_factor            double precision,
    spike_sigmas            double precision,
    spike_min_kwh           double precision,
    near_zero_kwh           double precision,
    zero_min_expected_kwh   double precision,
    zero_min_hours          integer,
    baseline_min_weeks      integer,
    baseline_window_weeks   integer,
    reverse_min_kwh         double precision,
    gap_tolerance_intervals integer,
    voltage_min             double precision,
    voltage_max             double precision,
    voltage_min_minutes     double precision,
    max_current_amps        double precision,
    phases                  integer,
    -- who changed them last (an administrator's login or name) and when
    updated_by              text        NOT NULL,
    updated_at              timestamptz NOT NULL DEFAULT now()
);

-- Meters of sites with generation of their own (solar, wind): their export register may grow,
-- so reverse energy is no anomaly there.
ALTER TABLE meter ADD COLUMN has_generation boolean NOT NULL DEFAULT false;
