package io.meterhub.cabinet.accounts;

import java.util.List;

/** A meter of an account with its last accepted reading per zone and, for a smart meter, its last events. */
public record MeterOverview(long accountMeterId, String serviceCode, String serial, String model, int zones, int digits, int decimals,
                            boolean smart, List<LastReading> lastReadings, List<MeterEventView> lastEvents) {
}
