package io.meterhub.app.bench;

import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.loading.DataLoad;
import io.meterhub.cabinet.loading.DataLoadService;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.loading.LoadStatus;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.loading.JdbcDataLoadRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Data loading of issue 14: one XLSX of N accounts (as the accounts template has them, each with two
 * services) made, checked and applied through the control panel's own service on a fresh database,
 * then the same file again (an update of every account). Prints the file's size and each phase's
 * seconds and rows per second.
 */
public final class LoadBench {
    private static final List<String> HEADERS = List.of("Лицевой счёт", "ФИО / наименование", "Вид потребителя", "Адрес", "Телефон",
            "Эл. почта", "Услуги", "Дата открытия");

    private LoadBench() {
    }

    public static String run(StorageConfig server, int accounts, PrintStream out) throws Exception {
        long started = System.nanoTime();
        byte[] file = xlsx(accounts, "");
        out.printf("made an XLSX of %,d accounts: %,d bytes in %.1f s%n", accounts, file.length, seconds(started));
        try (BenchDatabase db = new BenchDatabase(server, "load")) {
            DataSource ds = db.database.dataSource();
            new MeterRegistry(ds).saveOrganization(new Organization("BENCH", "Benchmark utility", "GRID_COMPANY", ZoneId.of("Europe/Samara"),
                    TariffZoneSchedule.THREE_ZONES));
            long admin = Jdbc.insert(ds, "INSERT INTO app_user (login, password_hash, role, display_name, organization_id) "
                    + "VALUES ('bench-admin', '-', 'ADMIN', 'Bench', 'BENCH') RETURNING id");
            Viewer viewer = new Viewer(admin, Role.ADMIN, "BENCH");
            DataLoadService service = new DataLoadService(new JdbcDataLoadRepository(ds), new JdbcLoadedRecordsRepository(ds),
                    new StaffRights(new JdbcStaffRepository(ds)), new AuditLog(new JdbcAuditRepository(ds), new JdbcUserRepository(ds), new JdbcTransactions(ds)), Runnable::run,
                    Clock.systemUTC());
            String first = phases(service, viewer, "accounts.xlsx", file, accounts, out);
            String second = phases(service, viewer, "accounts-changed.xlsx", xlsx(accounts, " (изм.)"), accounts, out);
            out.printf("in the database: %,d accounts, %,d customers, %,d account services%n",
                    db.count("SELECT count(*) FROM account"), db.count("SELECT count(*) FROM customer"),
                    db.count("SELECT count(*) FROM account_service"));
            String last = "load: new " + first + "; update " + second;
            out.println(last);
            return last;
        }
    }

    private static String phases(DataLoadService service, Viewer viewer, String name, byte[] file, int accounts, PrintStream out) {
        long started = System.nanoTime();
        long id = service.upload(viewer, LoadKind.ACCOUNTS, name, file);
        double check = seconds(started);
        DataLoad checked = service.load(viewer, id);
        out.printf("%s checked in %.1f s (%,.0f rows/s): %,d rows, %,d valid, %,d bad, %,d new, %,d updated%n", name, check, accounts / check,
                checked.rowsTotal(), checked.rowsValid(), checked.rowsBad(), checked.rowsNew(), checked.rowsUpdated());
        long applying = System.nanoTime();
        service.apply(viewer, id);
        double apply = seconds(applying);
        DataLoad applied = service.load(viewer, id);
        if (applied.status() != LoadStatus.APPLIED || applied.rowsApplied() != accounts) {
            throw new IllegalStateException("the load did not apply every row: " + applied);
        }
        double total = seconds(started);
        out.printf("%s applied in %.1f s (%,.0f rows/s); check and apply %.1f s (%,.0f rows/s)%n", name, apply, accounts / apply, total,
                accounts / total);
        return String.format("%,d accounts in %.1f s (%,.0f rows/s)", accounts, total, accounts / total);
    }

    /** The accounts template's columns, N rows, written as Excel would (numbers as text, dates as text). */
    static byte[] xlsx(int accounts, String suffix) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Данные");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 1; i <= accounts; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(String.format("%08d", i));
                row.createCell(1).setCellValue("Абонент " + i + " Иванович" + suffix);
                row.createCell(2).setCellValue(i % 50 == 0 ? "юридическое лицо" : "физическое лицо");
                row.createCell(3).setCellValue("г. Самара, ул. Ленина, д. " + (i / 200 + 1) + ", кв. " + (i % 200 + 1) + suffix);
                row.createCell(4).setCellValue(String.format("+7 912 %03d-%02d-%02d", i / 10000 % 1000, i / 100 % 100, i % 100));
                row.createCell(5).setCellValue(i % 3 == 0 ? "user" + i + "@example.ru" : "");
                row.createCell(6).setCellValue("ELECTRICITY, COLD_WATER");
                row.createCell(7).setCellValue(String.format("%02d.%02d.20%02d", 1 + i % 28, 1 + i % 12, 10 + i % 15));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
