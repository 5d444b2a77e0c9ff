package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.webhooks.IntegrationEvent;
import io.meterhub.cabinet.webhooks.IntegrationEventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code payment.received} events of a succeeded payment: one per organization it pays, with only that
 * organization's lines and their sum (a payment split among suppliers tells each one of its own share only).
 */
final class PaymentEvents {
    private PaymentEvents() {
    }

    static List<IntegrationEvent> received(long paymentId, String provider, String providerPaymentId, Instant at, List<AllocationRecord> allocations,
                                           Map<Long, PayableAccount> accounts) {
        Map<String, List<AllocationRecord>> byOrganization = new TreeMap<>();
        allocations.forEach(a -> byOrganization.computeIfAbsent(a.organizationId(), o -> new ArrayList<>()).add(a));
        List<IntegrationEvent> events = new ArrayList<>();
        byOrganization.forEach((organization, lines) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("paymentId", paymentId);
            data.put("amount", Amounts.plain(lines.stream().map(AllocationRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
            data.put("currency", "RUB");
            data.put("provider", provider);
            data.put("providerPaymentId", providerPaymentId);
            data.put("lines", lines.stream().map(line -> {
                Map<String, Object> item = new LinkedHashMap<>();
                PayableAccount account = accounts.get(line.accountId());
                item.put("accountNumber", account == null ? null : account.number());
                item.put("service", line.serviceCode());
                item.put("amount", Amounts.plain(line.amount()));
                return item;
            }).toList());
            events.add(new IntegrationEvent(IntegrationEventType.PAYMENT_RECEIVED, organization, at, data));
        });
        return events;
    }
}
