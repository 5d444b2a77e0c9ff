package io.meterhub.api.exchange;

import io.meterhub.api.http.ActingFor;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.exchange.ApplicationRecord;
import io.meterhub.cabinet.exchange.ExchangeExports;
import io.meterhub.cabinet.exchange.ReceivedPayment;
import io.meterhub.cabinet.exchange.SubmittedReading;
import io.meterhub.cabinet.exchange.TheftRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static io.meterhub.api.exchange.ExportPages.cell;

/**
 * {@code GET /api/v1/exports/...}: what a billing system takes out, of the caller's organization only.
 * Amounts are exact decimal strings ("1234.56"), times ISO 8601 to the second with the organization's offset.
 */
public final class BillingExports {
    private final ExchangeExports exports;

    public BillingExports(ExchangeExports exports) {
        this.exports = exports;
    }

    /** What every export reads of a request: whose rows, the organization's zone, the page's size and the period, when it has one. */
    private record Query(String organizationId, ZoneId zone, int limit, LocalDate from, LocalDate to) {
    }

    private Query query(ApiRequest request) {
        String org = ActingFor.one(request);
        return new Query(org, exports.zone(org), ExportPages.limit(request), ExportPages.date(request, "from"), ExportPages.date(request, "to"));
    }

    record Reading(long id, String account, String meterSerial, String service, int zone, String value, LocalDate takenOn,
                   OffsetDateTime submittedAt, String status) {
    }

    public Answer readings(ApiRequest request) {
        Query q = query(request);
        ZoneId zone = q.zone();
        Long after = ExportPages.afterId(request, "readings");
        List<SubmittedReading> rows = period(() -> exports.submittedReadings(q.organizationId(), q.from(), q.to(), after, q.limit() + 1));
        return ExportPages.answer(request, "readings", rows, q.limit(), r -> List.of(Long.toString(r.id())),
                r -> new Reading(r.id(), r.accountNumber(), r.meterSerial(), r.service(), r.zone(), decimal(r.value()), r.takenOn(),
                        at(r.submittedAt(), zone), r.status()),
                List.of("id", "account", "meterSerial", "service", "zone", "value", "takenOn", "submittedAt", "status"),
                r -> List.of(List.of(cell(r.id()), r.accountNumber(), r.meterSerial(), r.service(), cell(r.zone()), decimal(r.value()),
                        cell(r.takenOn()), cell(at(r.submittedAt(), zone)), r.status())));
    }

    record Payment(long paymentId, String account, String service, String amount, OffsetDateTime paidAt, String provider,
                   String providerPaymentId) {
    }

    public Answer payments(ApiRequest request) {
        Query q = query(request);
        ZoneId zone = q.zone();
        List<String> after = ExportPages.after(request, "payments");
        ReceivedPayment.Key key = after == null ? null : paymentKey(after);
        List<ReceivedPayment> rows = period(() -> exports.payments(q.organizationId(), q.from(), q.to(), key, q.limit() + 1));
        return ExportPages.answer(request, "payments", rows, q.limit(),
                p -> List.of(Long.toString(p.paymentId()), p.accountNumber(), p.service()),
                p -> new Payment(p.paymentId(), p.accountNumber(), p.service(), decimal(p.amount()), at(p.paidAt(), zone), p.provider(),
                        p.providerPaymentId()),
                List.of("paymentId", "account", "service", "amount", "paidAt", "provider", "providerPaymentId"),
                p -> List.of(List.of(cell(p.paymentId()), p.accountNumber(), p.service(), decimal(p.amount()), cell(at(p.paidAt(), zone)),
                        p.provider(), cell(p.providerPaymentId()))));
    }

    record Application(long id, String number, String status, String address, String maxPowerKw, String fee, OffsetDateTime submittedAt,
                       OffsetDateTime updatedAt, List<ApplicationRecord.Document> documents) {
    }

    public Answer applications(ApiRequest request) {
        Query q = query(request);
        ZoneId zone = q.zone();
        List<ApplicationRecord> rows = exports.applications(q.organizationId(), ExportPages.afterId(request, "applications"), q.limit() + 1);
        return ExportPages.answer(request, "applications", rows, q.limit(), a -> List.of(Long.toString(a.id())),
                a -> new Application(a.id(), a.number(), a.status(), a.address(), decimal(a.maxPowerKw()), decimal(a.fee()),
                        at(a.submittedAt(), zone), at(a.updatedAt(), zone), a.documents()),
                List.of("id", "number", "status", "address", "maxPowerKw", "fee", "submittedAt", "updatedAt", "documentId", "documentName",
                        "documentKind", "documentContentType", "documentSize", "documentSha256", "documentSigned"),
                a -> applicationLines(a, zone));
    }

    /** One line per document, the application's columns on each; an application without documents is one line. */
    private static List<List<String>> applicationLines(ApplicationRecord a, ZoneId zone) {
        List<String> head = List.of(cell(a.id()), a.number(), a.status(), cell(a.address()), decimal(a.maxPowerKw()), decimal(a.fee()),
                cell(at(a.submittedAt(), zone)), cell(at(a.updatedAt(), zone)));
        if (a.documents().isEmpty()) {
            return List.of(concat(head, List.of("", "", "", "", "", "", "")));
        }
        return a.documents().stream().map(d -> concat(head, List.of(cell(d.id()), d.name(), d.kind(), d.contentType(), cell(d.size()), d.sha256(),
                cell(d.signed())))).toList();
    }

    record Theft(long id, String meterId, String account, String kind, String severity, OffsetDateTime startedAt, OffsetDateTime endedAt,
                 OffsetDateTime resolvedAt) {
    }

    public Answer thefts(ApiRequest request) {
        Query q = query(request);
        ZoneId zone = q.zone();
        Long after = ExportPages.afterId(request, "thefts");
        List<TheftRecord> rows = period(() -> exports.thefts(q.organizationId(), q.from(), q.to(), after, q.limit() + 1));
        return ExportPages.answer(request, "thefts", rows, q.limit(), t -> List.of(Long.toString(t.id())),
                t -> new Theft(t.id(), t.meterId(), t.accountNumber(), t.kind(), t.severity(), at(t.startedAt(), zone), at(t.endedAt(), zone),
                        at(t.resolvedAt(), zone)),
                List.of("id", "meterId", "account", "kind", "severity", "startedAt", "endedAt", "resolvedAt"),
                t -> List.of(List.of(cell(t.id()), t.meterId(), cell(t.accountNumber()), t.kind(), t.severity(), cell(at(t.startedAt(), zone)),
                        cell(at(t.endedAt(), zone)), cell(at(t.resolvedAt(), zone)))));
    }

    private static ReceivedPayment.Key paymentKey(List<String> parts) {
        try {
            return new ReceivedPayment.Key(Long.parseLong(parts.get(0)), parts.get(1), parts.get(2));
        } catch (RuntimeException e) {
            throw new ProblemException(Problems.invalid("the cursor is not one this export gave",
                    List.of(FieldError.parameter("cursor", "pass the nextCursor of the previous page as it is"))));
        }
    }

    /** The period's refusal names the parameter to fix. */
    private static <T> T period(Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (ValidationException e) {
            String detail = Messages.format(e.code(), Locale.ROOT, e.args().toArray());
            throw new ProblemException(Problems.invalid(detail, List.of(FieldError.parameter("to", detail))));
        }
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
