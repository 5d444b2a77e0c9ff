-- The cabinet reads a meter's hours by (meter, register, time): a day, a month, a year. With kwh and
-- zone in the primary key's index those reads are index-only scans over one contiguous run of the
-- index, instead of one heap page per hour (the pipeline writes hours of all meters interleaved).
ALTER TABLE hourly_consumption DROP CONSTRAINT hourly_consumption_pkey;
ALTER TABLE hourly_consumption ADD CONSTRAINT hourly_consumption_pkey PRIMARY KEY (meter_id, obis, hour_start) INCLUDE (kwh, zone);
