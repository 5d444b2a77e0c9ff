package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.loading.JdbcExportRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Выгрузка against the real PostgreSQL: what customers submitted, what was paid, the registry; nothing of another organization. */
class ExportServiceTest {
    private static Fixture fixture;
    private static ExportService exports;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("data_export");
        exports = new ExportService(new JdbcExportRepository(fixture.dataSource), new StaffRights(new JdbcStaffRepository(fixture.dataSource)));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<List<String>> rows(LoadFile file) {
        List<List<String>> rows = new ArrayList<>();
        if (file.format() == LoadFormat.XLSX) {
            XlsxTable.read(file.content(), (n, cells) -> rows.add(cells));
        } else {
            CsvTable.read(file.content(), (n, cells) -> rows.add(cells));
        }
        return rows;
    }

    @Test
    void readings_of_customers_payments_received_and_the_registry_are_exported_in_csv_and_xlsx() {
        String org = fixture.organization("EXP", Fixture.SAMARA, 15, 25);
        fixture.organization("EXP-OTHER", Fixture.SAMARA, 15, 25);
        Viewer admin = fixture.staff("exp-admin", Role.ADMIN, org);
        Fixture.Person holder = fixture.customer("exp-customer");
        long account = fixture.account(holder, org);
        long meter = fixture.meter(account, "ELECTRICITY", 1, 6, 1, null);
        fixture.meter(fixture.account(holder, "EXP-OTHER"), "ELECTRICITY", 1, 6, 1, null);
        Jdbc.update(fixture.dataSource, "INSERT INTO manual_reading (account_meter_id, zone, value, taken_on, submitted_by, status) "
                + "VALUES (?, 1, 1234.5, '2026-03-20', ?, 'ACCEPTED'), (?, 1, 1300, '2026-03-21', ?, 'ACCEPTED'), "
                + "(?, 1, 1400, '2026-04-21', ?, 'ACCEPTED')", meter, holder.userId(), meter, admin.userId(), meter, holder.userId());
        long payment = Jdbc.insert(fixture.dataSource, "INSERT INTO payment (idempotency_key, user_id, provider, provider_payment_id, amount, "
                + "status, completed_at) VALUES ('k1', ?, 'sandbox', 'P-1', 1520.35, 'SUCCEEDED', '2026-03-25T10:00:00Z') RETURNING id",
                holder.userId());
        Jdbc.update(fixture.dataSource, "INSERT INTO payment_allocation VALUES (?, ?, 'ELECTRICITY', ?, 1520.35)", payment, account, org);
        String number = Jdbc.one(fixture.dataSource, "SELECT number FROM account WHERE id = ?", r -> r.getString(1), account).orElseThrow();

        for (LoadFormat format : LoadFormat.values()) {
            LoadFile readings = exports.export(admin, ExportKind.CUSTOMER_READINGS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), format);
            assertThat(readings.name()).isEqualTo("выгрузка-показания-2026-03-01-2026-03-31." + format.extension());
            List<List<String>> r = rows(readings);
            assertThat(r.get(0)).startsWith("Лицевой счёт", "Адрес");
            assertThat(r).hasSize(2);
            assertThat(r.get(1)).containsSequence("1", "1234,5", "20.03.2026");

            List<List<String>> p = rows(exports.export(admin, ExportKind.PAYMENTS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), format));
            assertThat(p).hasSize(2);
            assertThat(p.get(1)).containsExactly("25.03.2026 14:00", number, "ELECTRICITY", "1520,35", Long.toString(payment), "sandbox", "P-1");

            List<List<String>> registry = rows(exports.export(admin, ExportKind.REGISTRY, null, null, format));
            assertThat(registry).hasSize(2);
            assertThat(registry.get(1).get(0)).isEqualTo(number);
            assertThat(registry.get(1)).contains("Меркурий 201", "01.01.2020");
        }
        assertThat(new String(exports.export(admin, ExportKind.REGISTRY, null, null, LoadFormat.CSV).content(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFЛицевой счёт;ФИО / наименование;Адрес");
    }

    @Test
    void an_export_needs_the_module_and_a_period() {
        String org = fixture.organization("EXP2", Fixture.SAMARA, 15, 25);
        Viewer operator = fixture.staff("exp2-operator", Role.OPERATOR, org);
        Viewer admin = fixture.staff("exp2-admin", Role.ADMIN, org);
        assertThatThrownBy(() -> exports.export(operator, ExportKind.REGISTRY, null, null, LoadFormat.CSV)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> exports.export(admin, ExportKind.PAYMENTS, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), LoadFormat.CSV))
                .isInstanceOf(ValidationException.class);
    }
}
