package io.meterhub.storage.cabinet.exchange;

import io.meterhub.cabinet.exchange.ApplicationRecord;
import io.meterhub.cabinet.exchange.ExchangeRepository;
import io.meterhub.cabinet.exchange.ReceivedPayment;
import io.meterhub.cabinet.exchange.SubmittedReading;
import io.meterhub.cabinet.exchange.TheftRecord;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ExchangeRepository} over JDBC. */
public final class JdbcExchangeRepository implements ExchangeRepository {
    /** How the signature log names a connection application's document (the cabinet's ConnectionLinks.documentRef). */
    private static final String DOCUMENT_REF = "connection-document:";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private final DataSource dataSource;

    public JdbcExchangeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<SubmittedReading> submittedReadings(String organizationId, LocalDate from, LocalDate to, Long after, int limit) {
        return Jdbc.list(dataSource, """
                SELECT r.id, a.number, m.serial, m.service_code, r.zone, trim_scale(r.value) AS value, r.taken_on, r.submitted_at, r.status
                FROM manual_reading r JOIN account_meter m ON m.id = r.account_meter_id JOIN account a ON a.id = m.account_id
                JOIN organization o ON o.id = a.organization_id JOIN app_user u ON u.id = r.submitted_by
                WHERE a.organization_id = ? AND u.role = 'CUSTOMER' AND (r.submitted_at AT TIME ZONE o.time_zone)::date BETWEEN ? AND ?
                  AND r.id > ?
                ORDER BY r.id LIMIT ?""",
                r -> new SubmittedReading(r.getLong("id"), r.getString("number"), r.getString("serial"), r.getString("service_code"),
                        r.getInt("zone"), r.getBigDecimal("value"), Jdbc.date(r, "taken_on"), Jdbc.instant(r, "submitted_at"), r.getString("status")),
                organizationId, from, to, after == null ? 0L : after, limit);
    }

    @Override
    public List<ReceivedPayment> payments(String organizationId, LocalDate from, LocalDate to, ReceivedPayment.Key after, int limit) {
        ReceivedPayment.Key start = after == null ? new ReceivedPayment.Key(0, "", "") : after;
        return Jdbc.list(dataSource, """
                SELECT p.id, a.number, pa.service_code, pa.amount, p.completed_at, p.provider, p.provider_payment_id
                FROM payment_allocation pa JOIN payment p ON p.id = pa.payment_id JOIN account a ON a.id = pa.account_id
                JOIN organization o ON o.id = pa.organization_id
                WHERE pa.organization_id = ? AND p.status = 'SUCCEEDED' AND (p.completed_at AT TIME ZONE o.time_zone)::date BETWEEN ? AND ?
                  AND (p.id, a.number, pa.service_code) > (?, ?, ?)
                ORDER BY p.id, a.number, pa.service_code LIMIT ?""",
                r -> new ReceivedPayment(r.getLong("id"), r.getString("number"), r.getString("service_code"), r.getBigDecimal("amount"),
                        Jdbc.instant(r, "completed_at"), r.getString("provider"), r.getString("provider_payment_id")),
                organizationId, from, to, start.paymentId(), start.accountNumber(), start.service(), limit);
    }

    @Override
    public List<ApplicationRecord> applications(String organizationId, Long after, int limit) {
        record Head(long id, String number, String status, String address, java.math.BigDecimal power, java.math.BigDecimal fee,
                    java.time.Instant submitted, java.time.Instant updated) {
        }
        List<Head> heads = Jdbc.list(dataSource, """
                SELECT id, number, status, address, max_power_kw, fee, submitted_at, updated_at FROM connection_application
                WHERE organization_id = ? AND number IS NOT NULL AND id > ? ORDER BY id LIMIT ?""",
                r -> new Head(r.getLong("id"), r.getString("number"), r.getString("status"), r.getString("address"), r.getBigDecimal("max_power_kw"),
                        r.getBigDecimal("fee"), Jdbc.instant(r, "submitted_at"), Jdbc.instant(r, "updated_at")),
                organizationId, after == null ? 0L : after, limit);
        Map<Long, List<ApplicationRecord.Document>> documents = new HashMap<>();
        Jdbc.list(dataSource, """
                SELECT d.application_id, d.id, d.file_name, d.kind, d.content_type, d.size, d.sha256,
                       EXISTS (SELECT 1 FROM document_signature s WHERE s.document_ref = ? || d.id) AS signed
                FROM connection_document d WHERE d.application_id = ANY (?) ORDER BY d.application_id, d.id""",
                r -> documents.computeIfAbsent(r.getLong("application_id"), id -> new ArrayList<>()).add(new ApplicationRecord.Document(
                        r.getLong("id"), r.getString("file_name"), r.getString("kind"), r.getString("content_type"), r.getInt("size"),
                        r.getString("sha256"), r.getBoolean("signed"))),
                DOCUMENT_REF, heads.stream().map(Head::id).toArray(Long[]::new));
        return heads.stream().map(h -> new ApplicationRecord(h.id(), h.number(), h.status(), h.address(), h.power(), h.fee(), h.submitted(),
                h.updated(), documents.getOrDefault(h.id(), List.of()))).toList();
    }

    @Override
    public List<TheftRecord> thefts(String organizationId, LocalDate from, LocalDate to, Long after, int limit) {
        return Jdbc.list(dataSource, """
                SELECT n.id, n.meter_id, n.kind, n.severity, n.started_at, n.ended_at, n.resolved_at,
                       (SELECT a.number FROM account_meter m JOIN account a ON a.id = m.account_id
                        WHERE m.telemetry_meter_id = n.meter_id AND a.organization_id = n.organization_id
                        ORDER BY m.removed_on DESC NULLS FIRST, m.id DESC LIMIT 1) AS account
                FROM anomaly n JOIN organization o ON o.id = n.organization_id
                WHERE n.organization_id = ? AND n.status = 'RESOLVED' AND n.resolution = 'CONFIRMED_THEFT'
                  AND (n.resolved_at AT TIME ZONE o.time_zone)::date BETWEEN ? AND ? AND n.id > ?
                ORDER BY n.id LIMIT ?""",
                r -> new TheftRecord(r.getLong("id"), r.getString("meter_id"), r.getString("account"), r.getString("kind"), r.getString("severity"),
                        Jdbc.instant(r, "started_at"), Jdbc.instant(r, "ended_at"), Jdbc.instant(r, "resolved_at")),
                organizationId, from == null ? EARLIEST : from, to == null ? LATEST : to, after == null ? 0L : after, limit);
    }
}
