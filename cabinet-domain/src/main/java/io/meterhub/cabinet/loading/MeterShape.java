package io.meterhub.cabinet.loading;

/** What a reading of a meter is checked against: its zones and its register's digits. */
public record MeterShape(int zones, int digits, int decimals) {
}
