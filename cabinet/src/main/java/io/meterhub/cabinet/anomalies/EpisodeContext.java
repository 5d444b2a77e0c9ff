package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.consumption.ChartEvent;
import io.meterhub.cabinet.consumption.ChartPoint;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What surrounds an anomaly on its detail page: the meter's hourly consumption from some days before
 * the episode to some days after it (or now), the episode's span and the meter's events on the same
 * local time axis, and the account the meter is on (null when it is on none of the organization's).
 *
 * @param hours       consumption per hour, all zones added up (the two hours of a night the clock is set back apart, labelled as
 *                    {@link io.meterhub.protocols.consumption.LocalHour} says)
 * @param episodeEnd  the episode's end, or now while it lasts
 */
public record EpisodeContext(LocalDateTime from, LocalDateTime to, LocalDateTime episodeStart, LocalDateTime episodeEnd, String unit,
                             List<ChartPoint> hours, List<ChartEvent> events, EpisodeAccount account) {
}
