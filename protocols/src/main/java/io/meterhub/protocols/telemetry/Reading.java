package io.meterhub.protocols.telemetry;

/**
 * One register value of one meter at one moment.
 *
 * @param meterId   the meter's identifier as the utility registered it
 * @param obis      the register, in short OBIS form
 * @param timestamp event time, epoch milliseconds (UTC)
 * @param value     in the register's unit (kWh for energy registers)
 */
public record Reading(String meterId, String obis, long timestamp, double value) {

    /** The key that identifies a register's series: readings of one key form one cumulative curve. */
    public String seriesKey() {
        return meterId + '|' + obis;
    }
}
