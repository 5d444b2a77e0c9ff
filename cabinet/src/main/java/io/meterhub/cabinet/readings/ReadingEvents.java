package io.meterhub.cabinet.readings;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.webhooks.IntegrationEvent;
import io.meterhub.cabinet.webhooks.IntegrationEventType;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code reading.submitted} event of the webhooks: which account's meter, and each zone's value as exact decimal text. */
final class ReadingEvents {
    private ReadingEvents() {
    }

    static IntegrationEvent submitted(String organizationId, AccountRow account, AccountMeterRow meter, Role by, Instant at,
                                      List<ReadingView> stored) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accountNumber", account.number());
        data.put("accountMeterId", meter.id());
        data.put("meterSerial", meter.serial());
        data.put("service", meter.serviceCode());
        data.put("submittedBy", by == Role.CUSTOMER ? "customer" : "staff");
        data.put("readings", stored.stream().map(r -> {
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put("id", r.id());
            reading.put("zone", r.zone());
            // in the meter's own decimals, as the customer reads them off its display (stored at the column's scale)
            reading.put("value", r.value().setScale(meter.decimals(), RoundingMode.UNNECESSARY).toPlainString());
            reading.put("takenOn", r.takenOn().toString());
            reading.put("status", r.status().name());
            reading.put("flag", r.flag() == null ? null : r.flag().name());
            return reading;
        }).toList());
        return new IntegrationEvent(IntegrationEventType.READING_SUBMITTED, organizationId, at, data);
    }
}
