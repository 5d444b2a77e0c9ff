package io.meterhub.storage.cabinet.loading;

import io.meterhub.cabinet.loading.AccountLoadRow;
import io.meterhub.cabinet.loading.BalanceLoadRow;
import io.meterhub.cabinet.loading.LoadedRecordsRepository;
import io.meterhub.cabinet.loading.MeterLoadRow;
import io.meterhub.cabinet.loading.MeterShape;
import io.meterhub.cabinet.loading.PaymentLoadRow;
import io.meterhub.cabinet.loading.ReadingLoadRow;
import io.meterhub.cabinet.loading.ServiceLoadRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link LoadedRecordsRepository} over JDBC. */
public final class JdbcLoadedRecordsRepository implements LoadedRecordsRepository {
    private final DataSource dataSource;

    public JdbcLoadedRecordsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<String> existingAccounts(String organizationId, List<String> numbers) {
        return new HashSet<>(Jdbc.list(dataSource, "SELECT number FROM account WHERE organization_id = ? AND number = ANY (?)",
                r -> r.getString(1), organizationId, numbers.toArray(String[]::new)));
    }

    @Override
    public Set<String> existingMeters(String organizationId, List<String> accountNumbers, List<String> serials) {
        return new HashSet<>(Jdbc.list(dataSource, """
                SELECT a.number || chr(10) || m.serial FROM unnest(?::text[], ?::text[]) AS t (n, s)
                JOIN account a ON a.organization_id = ? AND a.number = t.n JOIN account_meter m ON m.account_id = a.id AND m.serial = t.s""",
                r -> r.getString(1), accountNumbers.toArray(String[]::new), serials.toArray(String[]::new), organizationId));
    }

    @Override
    public Set<String> telemetryMeters(String organizationId, List<String> ids) {
        return new HashSet<>(Jdbc.list(dataSource, "SELECT id FROM meter WHERE organization_id = ? AND id = ANY (?)",
                r -> r.getString(1), organizationId, ids.toArray(String[]::new)));
    }

    @Override
    public Map<String, ServiceName> services() {
        Map<String, ServiceName> services = new HashMap<>();
        Jdbc.list(dataSource, "SELECT code, name_ru, metered FROM service", r -> new ServiceName(r.getString(1), r.getString(2), r.getBoolean(3)))
                .forEach(s -> services.put(s.code(), s));
        return services;
    }

    @Override
    public void upsertAccounts(long loadId, String organizationId, List<AccountLoadRow> batch, int appliedAfter) {
        Jdbc.inTransaction(dataSource, c -> {
            String[] numbers = batch.stream().map(AccountLoadRow::number).toArray(String[]::new);
            Map<String, Long> holders = new HashMap<>();
            Jdbc.list(c, "SELECT number, holder_id FROM account WHERE organization_id = ? AND number = ANY (?) FOR UPDATE",
                    r -> holders.put(r.getString(1), r.getLong(2)), organizationId, numbers);
            List<Long> fresh = newIds(c, batch.size() - holders.size());
            int next = 0;
            Long[] customerIds = new Long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                Long holder = holders.get(batch.get(i).number());
                customerIds[i] = holder != null ? holder : fresh.get(next++);
            }
            Jdbc.update(c, """
                    INSERT INTO customer (id, kind, full_name, phone, email)
                    SELECT * FROM unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[])
                    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, full_name = excluded.full_name, phone = excluded.phone,
                                                   email = excluded.email""",
                    customerIds, texts(batch, AccountLoadRow::customerKind), texts(batch, AccountLoadRow::fullName),
                    texts(batch, AccountLoadRow::phone), texts(batch, AccountLoadRow::email));
            String[] addresses = texts(batch, AccountLoadRow::address);
            String[] opened = texts(batch, a -> a.openedOn() == null ? null : a.openedOn().toString());
            Jdbc.update(c, """
                    UPDATE account SET address = t.a, opened_on = coalesce(t.o, account.opened_on)
                    FROM unnest(?::text[], ?::text[], ?::date[]) AS t (n, a, o)
                    WHERE account.organization_id = ? AND account.number = t.n""", numbers, addresses, opened, organizationId);
            Jdbc.update(c, """
                    INSERT INTO account (number, organization_id, holder_id, address, opened_on)
                    SELECT t.n, ?, t.h, t.a, coalesce(t.o, current_date) FROM unnest(?::text[], ?::int8[], ?::text[], ?::date[]) AS t (n, h, a, o)
                    ON CONFLICT (organization_id, number) DO NOTHING""", organizationId, numbers, customerIds, addresses, opened);
            Jdbc.update(c, """
                    UPDATE account SET pin_hash = t.p FROM unnest(?::text[], ?::text[]) AS t (n, p)
                    WHERE account.organization_id = ? AND account.number = t.n AND t.p IS NOT NULL""",
                    numbers, texts(batch, AccountLoadRow::pinHash), organizationId);
            List<String> serviceNumbers = new ArrayList<>();
            List<String> serviceCodes = new ArrayList<>();
            for (AccountLoadRow a : batch) {
                for (String s : a.services()) {
                    serviceNumbers.add(a.number());
                    serviceCodes.add(s);
                }
            }
            Jdbc.update(c, """
                    INSERT INTO account_service (account_id, service_code)
                    SELECT a.id, t.s FROM unnest(?::text[], ?::text[]) AS t (n, s) JOIN account a ON a.organization_id = ? AND a.number = t.n
                    ON CONFLICT DO NOTHING""", serviceNumbers.toArray(String[]::new), serviceCodes.toArray(String[]::new), organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    @Override
    public void upsertMeters(long loadId, String organizationId, List<MeterLoadRow> batch, int appliedAfter) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, """
                    INSERT INTO account_meter (account_id, service_code, serial, model, zones, digits, decimals, telemetry_meter_id,
                                               installed_on, next_verification_on)
                    SELECT a.id, t.s, t.serial, t.model, t.z, t.d, t.dec, t.tm, t.inst, t.nv
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::smallint[], ?::smallint[], ?::smallint[], ?::text[], ?::date[],
                                ?::date[]) AS t (n, s, serial, model, z, d, dec, tm, inst, nv)
                    JOIN account a ON a.organization_id = ? AND a.number = t.n
                    ON CONFLICT (account_id, serial) DO UPDATE SET service_code = excluded.service_code, model = excluded.model,
                        zones = excluded.zones, digits = excluded.digits, decimals = excluded.decimals,
                        telemetry_meter_id = excluded.telemetry_meter_id, installed_on = excluded.installed_on,
                        next_verification_on = excluded.next_verification_on""",
                    texts(batch, MeterLoadRow::accountNumber), texts(batch, MeterLoadRow::service), texts(batch, MeterLoadRow::serial),
                    texts(batch, MeterLoadRow::model), texts(batch, m -> Integer.toString(m.zones())), texts(batch, m -> Integer.toString(m.digits())),
                    texts(batch, m -> Integer.toString(m.decimals())), texts(batch, MeterLoadRow::telemetryMeterId),
                    texts(batch, m -> m.installedOn().toString()), texts(batch, m -> date(m.nextVerificationOn())), organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    @Override
    public Map<String, MeterShape> meterShapes(String organizationId, List<String> accountNumbers, List<String> serials) {
        Map<String, MeterShape> shapes = new HashMap<>();
        Jdbc.list(dataSource, """
                SELECT DISTINCT a.number || chr(10) || m.serial, m.zones, m.digits, m.decimals FROM unnest(?::text[], ?::text[]) AS t (n, s)
                JOIN account a ON a.organization_id = ? AND a.number = t.n
                JOIN account_meter m ON m.account_id = a.id AND m.serial = t.s AND m.removed_on IS NULL""",
                r -> shapes.put(r.getString(1), new MeterShape(r.getInt(2), r.getInt(3), r.getInt(4))),
                accountNumbers.toArray(String[]::new), serials.toArray(String[]::new), organizationId);
        return shapes;
    }

    @Override
    public Set<String> existingReadings(String organizationId, List<ReadingLoadRow> rows) {
        return new HashSet<>(Jdbc.list(dataSource, """
                SELECT DISTINCT t.n || chr(10) || t.s || chr(10) || t.z || chr(10) || t.d FROM unnest(?::text[], ?::text[], ?::smallint[], ?::date[])
                    AS t (n, s, z, d)
                JOIN account a ON a.organization_id = ? AND a.number = t.n JOIN account_meter m ON m.account_id = a.id AND m.serial = t.s
                JOIN manual_reading r ON r.account_meter_id = m.id AND r.zone = t.z AND r.taken_on = t.d AND r.status = 'ACCEPTED'""",
                r -> r.getString(1), texts(rows, ReadingLoadRow::accountNumber), texts(rows, ReadingLoadRow::serial),
                texts(rows, r -> Integer.toString(r.zone())), texts(rows, r -> r.takenOn().toString()), organizationId));
    }

    @Override
    public void upsertReadings(long loadId, String organizationId, List<ReadingLoadRow> batch, int appliedAfter) {
        Jdbc.inTransaction(dataSource, c -> {
            Object[] arrays = {texts(batch, ReadingLoadRow::accountNumber), texts(batch, ReadingLoadRow::serial),
                    texts(batch, r -> Integer.toString(r.zone())), texts(batch, r -> r.value().toPlainString()),
                    texts(batch, r -> r.takenOn().toString())};
            String rows = """
                    SELECT m.id AS meter, t.z, t.v, t.d FROM unnest(?::text[], ?::text[], ?::smallint[], ?::numeric[], ?::date[]) AS t (n, s, z, v, d)
                    JOIN account a ON a.organization_id = ? AND a.number = t.n
                    JOIN account_meter m ON m.account_id = a.id AND m.serial = t.s AND m.removed_on IS NULL""";
            Jdbc.update(c, "UPDATE manual_reading r SET value = f.v FROM (" + rows + ") f WHERE r.account_meter_id = f.meter AND r.zone = f.z "
                    + "AND r.taken_on = f.d AND r.status = 'ACCEPTED'", arrays[0], arrays[1], arrays[2], arrays[3], arrays[4], organizationId);
            Jdbc.update(c, "INSERT INTO manual_reading (account_meter_id, zone, value, taken_on, submitted_by, status) "
                    + "SELECT f.meter, f.z, f.v, f.d, (SELECT applied_by FROM data_load WHERE id = ?), 'ACCEPTED' FROM (" + rows + ") f "
                    + "WHERE NOT EXISTS (SELECT 1 FROM manual_reading r WHERE r.account_meter_id = f.meter AND r.zone = f.z AND r.taken_on = f.d "
                    + "AND r.status = 'ACCEPTED')", loadId, arrays[0], arrays[1], arrays[2], arrays[3], arrays[4], organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    /** The source of every ledger entry a load writes: one entry per account, service, month and kind, whichever file it came from. */
    public static final String BALANCE_SOURCE = "load:balance";

    @Override
    public Set<String> existingBalances(String organizationId, List<BalanceLoadRow> rows) {
        return new HashSet<>(Jdbc.list(dataSource, """
                SELECT DISTINCT t.n || chr(10) || t.s || chr(10) || t.p || chr(10) || t.k FROM unnest(?::text[], ?::text[], ?::date[], ?::text[])
                    AS t (n, s, p, k)
                JOIN account a ON a.organization_id = ? AND a.number = t.n
                JOIN ledger_entry e ON e.account_id = a.id AND e.service_code = t.s AND e.period = t.p AND e.kind = t.k AND e.source = ?""",
                r -> r.getString(1), texts(rows, BalanceLoadRow::accountNumber), texts(rows, BalanceLoadRow::service),
                texts(rows, b -> b.period().toString()), texts(rows, BalanceLoadRow::kind), organizationId, BALANCE_SOURCE));
    }

    @Override
    public void upsertBalances(long loadId, String organizationId, List<BalanceLoadRow> batch, int appliedAfter) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, """
                    INSERT INTO ledger_entry (account_id, service_code, kind, period, amount, description, source)
                    SELECT a.id, t.s, t.k, t.p, t.v, CASE t.k WHEN 'CHARGE' THEN 'Начисление (загрузка данных)' ELSE 'Задолженность (загрузка данных)' END, ?
                    FROM unnest(?::text[], ?::text[], ?::date[], ?::text[], ?::numeric[]) AS t (n, s, p, k, v)
                    JOIN account a ON a.organization_id = ? AND a.number = t.n
                    ON CONFLICT (account_id, service_code, kind, period, source) DO UPDATE SET amount = excluded.amount""",
                    BALANCE_SOURCE, texts(batch, BalanceLoadRow::accountNumber), texts(batch, BalanceLoadRow::service),
                    texts(batch, b -> b.period().toString()), texts(batch, BalanceLoadRow::kind), texts(batch, b -> b.amount().toPlainString()),
                    organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    @Override
    public Set<String> existingAccountServices(String organizationId, List<ServiceLoadRow> rows) {
        return new HashSet<>(Jdbc.list(dataSource, """
                SELECT DISTINCT t.n || chr(10) || t.s FROM unnest(?::text[], ?::text[]) AS t (n, s)
                JOIN account a ON a.organization_id = ? AND a.number = t.n
                JOIN account_service x ON x.account_id = a.id AND x.service_code = t.s""",
                r -> r.getString(1), texts(rows, ServiceLoadRow::accountNumber), texts(rows, ServiceLoadRow::service), organizationId));
    }

    @Override
    public void setAccountServices(long loadId, String organizationId, List<ServiceLoadRow> batch, int appliedAfter) {
        List<ServiceLoadRow> on = batch.stream().filter(ServiceLoadRow::charged).toList();
        List<ServiceLoadRow> off = batch.stream().filter(r -> !r.charged()).toList();
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, """
                    INSERT INTO account_service (account_id, service_code)
                    SELECT a.id, t.s FROM unnest(?::text[], ?::text[]) AS t (n, s) JOIN account a ON a.organization_id = ? AND a.number = t.n
                    ON CONFLICT DO NOTHING""", texts(on, ServiceLoadRow::accountNumber), texts(on, ServiceLoadRow::service), organizationId);
            Jdbc.update(c, """
                    DELETE FROM account_service x USING unnest(?::text[], ?::text[]) AS t (n, s), account a
                    WHERE a.organization_id = ? AND a.number = t.n AND x.account_id = a.id AND x.service_code = t.s""",
                    texts(off, ServiceLoadRow::accountNumber), texts(off, ServiceLoadRow::service), organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    /** What every payment entry a load writes has as its source, before the payment document's number. */
    public static final String PAYMENT_SOURCE = "load:payment:";

    @Override
    public Map<String, String> paymentDocuments(String organizationId, List<String> documents) {
        Map<String, String> paidTo = new HashMap<>();
        Jdbc.list(dataSource, """
                SELECT DISTINCT ON (e.source) e.source, a.number || chr(10) || e.service_code
                FROM ledger_entry e JOIN account a ON a.id = e.account_id
                WHERE a.organization_id = ? AND e.kind = 'PAYMENT' AND e.source = ANY (?)
                ORDER BY e.source, e.id""",
                r -> paidTo.put(r.getString(1).substring(PAYMENT_SOURCE.length()), r.getString(2)), organizationId,
                documents.stream().map(d -> PAYMENT_SOURCE + d).toArray(String[]::new));
        return paidTo;
    }

    @Override
    public void upsertPayments(long loadId, String organizationId, List<PaymentLoadRow> batch, int appliedAfter) {
        Jdbc.inTransaction(dataSource, c -> {
            // the same document in another month is the same payment: its old entry goes before the new one is written
            Jdbc.update(c, """
                    DELETE FROM ledger_entry e USING unnest(?::text[], ?::text[], ?::text[], ?::date[]) AS t (n, s, d, p), account a
                    WHERE a.organization_id = ? AND a.number = t.n AND e.account_id = a.id AND e.service_code = t.s AND e.kind = 'PAYMENT'
                      AND e.source = ? || t.d AND e.period <> date_trunc('month', t.p)::date""",
                    texts(batch, PaymentLoadRow::accountNumber), texts(batch, PaymentLoadRow::service), texts(batch, PaymentLoadRow::document),
                    texts(batch, p -> p.paidOn().toString()), organizationId, PAYMENT_SOURCE);
            Jdbc.update(c, """
                    INSERT INTO ledger_entry (account_id, service_code, kind, period, amount, description, source)
                    SELECT a.id, t.s, 'PAYMENT', date_trunc('month', t.p)::date, t.v,
                           'Оплата, документ № ' || t.d || ' от ' || to_char(t.p, 'DD.MM.YYYY') || ' (загрузка данных)', ? || t.d
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::numeric[]) AS t (n, s, d, p, v)
                    JOIN account a ON a.organization_id = ? AND a.number = t.n
                    ON CONFLICT (account_id, service_code, kind, period, source) DO UPDATE SET amount = excluded.amount,
                        description = excluded.description""",
                    PAYMENT_SOURCE, texts(batch, PaymentLoadRow::accountNumber), texts(batch, PaymentLoadRow::service),
                    texts(batch, PaymentLoadRow::document), texts(batch, p -> p.paidOn().toString()),
                    texts(batch, p -> p.amount().toPlainString()), organizationId);
            Jdbc.update(c, "UPDATE data_load SET rows_applied = ? WHERE id = ?", appliedAfter, loadId);
            return null;
        });
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static List<Long> newIds(Connection c, int count) throws SQLException {
        if (count <= 0) {
            return List.of();
        }
        return Jdbc.list(c, "SELECT nextval(pg_get_serial_sequence('customer', 'id')) FROM generate_series(1, ?)", r -> r.getLong(1), count);
    }

    private static <T> String[] texts(List<T> rows, java.util.function.Function<T, String> field) {
        return rows.stream().map(field).toArray(String[]::new);
    }
}
