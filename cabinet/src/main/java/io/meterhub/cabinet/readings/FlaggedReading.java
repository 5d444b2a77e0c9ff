package io.meterhub.cabinet.readings;

import java.math.BigDecimal;

/** A reading waiting for an operator, beside the last accepted value of its zone. */
public record FlaggedReading(ReadingView reading, long accountId, String accountNumber, String meterSerial, String serviceCode,
                             BigDecimal lastAcceptedValue) {
}
