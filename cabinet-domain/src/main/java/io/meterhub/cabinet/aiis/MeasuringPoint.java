package io.meterhub.cabinet.aiis;

/**
 * One channel of an АИИС КУЭ measuring point and the meter register it measures.
 *
 * @param code         the point's ATS code (a string: real ones are 15 digits, test data are not)
 * @param channel      the two-digit channel code ({@code 01} active import .. {@code 04} reactive export)
 * @param obis         the register the channel's energy belongs to (1.8.0, 2.8.0, 3.8.0, 4.8.0)
 * @param controllerId the controller the meter reports through; null when the registry names none
 */
public record MeasuringPoint(String code, String channel, String meterId, String obis, String name, String controllerId) {
}
