package io.meterhub.cabinet.loading;

import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.loading.JdbcDataLoadRepository;
import io.meterhub.storage.cabinet.loading.JdbcLoadedRecordsRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of data loading against the real PostgreSQL: each test in an organization of its own. */
class DataLoadServiceTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final AtomicInteger ORGS = new AtomicInteger();
    private static final String ACCOUNTS_HEADER = "Лицевой счёт;ФИО / наименование;Вид потребителя;Адрес;Телефон;Эл. почта;Услуги;Дата открытия\n";
    private static final String METERS_HEADER = "Лицевой счёт;Услуга;Заводской номер;Модель;Тарифных зон;Разрядов;Знаков после запятой;"
            + "Дата установки;Дата поверки;ID в телеметрии\n";
    private static Fixture fixture;
    private static DataLoadService service;
    private static StaffRepository staff;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("data_load");
        staff = new JdbcStaffRepository(fixture.dataSource);
        service = new DataLoadService(new JdbcDataLoadRepository(fixture.dataSource), new JdbcLoadedRecordsRepository(fixture.dataSource),
                new StaffRights(staff), new AuditLog(new JdbcAuditRepository(fixture.dataSource), new JdbcUserRepository(fixture.dataSource),
                        new JdbcTransactions(fixture.dataSource)),
                Runnable::run, Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A fresh organization and its administrator. */
    private static Viewer admin() {
        String org = "DL" + ORGS.incrementAndGet();
        fixture.organization(org, Fixture.SAMARA, 15, 25);
        return fixture.staff("admin-" + org.toLowerCase(Locale.ROOT), Role.ADMIN, org);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String sql, Object... args) {
        return Jdbc.one(fixture.dataSource, sql, r -> r.getInt(1), args).orElseThrow();
    }

    private static int accountsOf(Viewer viewer) {
        return count("SELECT count(*) FROM account WHERE organization_id = ?", viewer.organizationId());
    }

    private static String accounts(int n) {
        StringBuilder text = new StringBuilder(ACCOUNTS_HEADER);
        for (int i = 1; i <= n; i++) {
            text.append("LS-").append(i).append(";Иванов Иван ").append(i).append(";физическое лицо;г. Самара, ул. Ленина, д. ").append(i)
                    .append(";+7 912 345-67-67;;ELECTRICITY, Холодное водоснабжение;01.02.2024\n");
        }
        return text.toString();
    }

    @Test
    void a_bad_date_is_named_with_its_row_and_column_as_the_spreadsheet_shows_them() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "accounts.csv", csv(accounts(13))));
        StringBuilder meters = new StringBuilder(METERS_HEADER);
        for (int i = 1; i <= 12; i++) {
            meters.append("LS-").append(i).append(";ELECTRICITY;SN-").append(i).append(";Меркурий 201;1;6;1;15.03.2021;15.03.2037;\n");
        }
        meters.append("LS-13;ELECTRICITY;SN-13;Меркурий 201;1;6;1;15.03.2021;31.02.2026;\n");
        long id = service.upload(admin, LoadKind.METERS, "meters.csv", csv(meters.toString()));

        DataLoad load = service.load(admin, id);
        assertThat(load.status()).isEqualTo(LoadStatus.CHECKED);
        assertThat(load.rowsTotal()).isEqualTo(13);
        assertThat(load.rowsValid()).isEqualTo(12);
        assertThat(load.rowsBad()).isEqualTo(1);
        assertThat(service.problems(admin, id, 100)).extracting(p -> p.message(RU))
                .containsExactly("строка 14, «Дата поверки»: 31.02.2026 — такой даты нет");
    }

    @Test
    void valid_rows_are_applied_while_bad_rows_are_reported_and_one_audit_entry_counts_them() {
        Viewer admin = admin();
        String text = ACCOUNTS_HEADER
                + "A-1;Петрова Анна;ФЛ;Самара, ул. Мира, 1;;;ELECTRICITY;\n"
                + "A-2;ООО «Ромашка»;юридическое лицо;Самара, ул. Мира, 2;+7 (846) 111-22-33;info@romashka.ru;UPKEEP;10.01.2023\n"
                + "A-3;Сидоров;кооператив;;12;not-mail;GAS;\n"
                + "A-1;Петрова Анна;ФЛ;Самара, ул. Мира, 1;;;;\n"
                + "A-4;Орлов Олег;ИП;Самара, ул. Мира, 4;;;;\n";
        long id = service.upload(admin, LoadKind.ACCOUNTS, "mixed.csv", csv(text));
        DataLoad checked = service.load(admin, id);
        assertThat(checked.rowsTotal()).isEqualTo(5);
        assertThat(checked.rowsValid()).isEqualTo(3);
        assertThat(checked.rowsBad()).isEqualTo(2);
        assertThat(checked.rowsNew()).isEqualTo(3);
        assertThat(accountsOf(admin)).as("nothing is written before apply").isZero();
        assertThat(service.problems(admin, id, 100)).extracting(p -> p.message(RU)).containsExactly(
                "строка 4, «Вид потребителя»: кооператив — нужно «физическое лицо», «ИП» или «юридическое лицо»",
                "строка 4, «Адрес»: пусто — обязательное поле",
                "строка 4, «Телефон»: 12 — нужен телефон из 10 или 11 цифр",
                "строка 4, «Эл. почта»: not-mail — это не адрес электронной почты",
                "строка 4, «Услуги»: GAS — нет такой услуги: GAS",
                "строка 5, «Лицевой счёт»: A-1 — повторяет строку 2");

        service.apply(admin, id);

        DataLoad applied = service.load(admin, id);
        assertThat(applied.status()).isEqualTo(LoadStatus.APPLIED);
        assertThat(applied.rowsApplied()).isEqualTo(3);
        assertThat(accountsOf(admin)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM account a JOIN customer c ON c.id = a.holder_id WHERE a.organization_id = ? "
                + "AND a.number = 'A-2' AND c.kind = 'LEGAL_ENTITY' AND a.opened_on = ?", admin.organizationId(), LocalDate.of(2023, 1, 10)))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM account_service s JOIN account a ON a.id = s.account_id WHERE a.organization_id = ?",
                admin.organizationId())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE organization_id = ? AND action = 'load.apply' AND record_kind = 'data_load' "
                + "AND record_id = ? AND (after ->> 'rowsApplied')::int = 3 AND (after ->> 'rowsBad')::int = 2",
                admin.organizationId(), Long.toString(id))).isEqualTo(1);
    }

    @Test
    void the_same_content_twice_is_applied_once() {
        Viewer admin = admin();
        byte[] file = csv(accounts(5));
        long first = service.upload(admin, LoadKind.ACCOUNTS, "accounts.csv", file);
        service.apply(admin, first);
        assertThatThrownBy(() -> service.apply(admin, first)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code()).isEqualTo("load.already_loaded");

        long second = service.upload(admin, LoadKind.ACCOUNTS, "accounts.csv", file);
        DataLoad again = service.load(admin, second);
        assertThat(again.alreadyLoadedBy()).isEqualTo("admin-" + admin.organizationId().toLowerCase(Locale.ROOT));
        assertThat(again.applicable()).isFalse();
        assertThatThrownBy(() -> service.apply(admin, second)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already loaded on").hasMessageContaining(again.alreadyLoadedBy());
        assertThat(accountsOf(admin)).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE organization_id = ? AND action = 'load.apply'", admin.organizationId()))
                .isEqualTo(1);
        // every upload is written down, the refused second one too
        assertThat(count("SELECT count(*) FROM audit_entry WHERE organization_id = ? AND action = 'load.upload' AND after ->> 'file' = 'accounts.csv'",
                admin.organizationId())).isEqualTo(2);
    }

    @Test
    void a_load_interrupted_by_a_restart_is_marked_failed_and_the_same_file_applies_again() {
        Viewer admin = admin();
        byte[] file = csv(accounts(4));
        long first = service.upload(admin, LoadKind.ACCOUNTS, "accounts.csv", file);
        // the process stopped while applying: the row says APPLYING and nothing runs it any more
        Jdbc.update(fixture.dataSource, "UPDATE data_load SET status = 'APPLYING' WHERE id = ?", first);
        assertThat(service.failInterrupted()).isGreaterThanOrEqualTo(1);
        DataLoad interrupted = service.load(admin, first);
        assertThat(interrupted.status()).isEqualTo(LoadStatus.FAILED);
        assertThat(interrupted.error()).isEqualTo("load.interrupted");

        long again = service.upload(admin, LoadKind.ACCOUNTS, "accounts.csv", file);
        service.apply(admin, again);
        assertThat(service.load(admin, again).status()).isEqualTo(LoadStatus.APPLIED);
        assertThat(accountsOf(admin)).isEqualTo(4);
    }

    @Test
    void a_renamed_copy_is_recognised_as_the_same_file() {
        Viewer admin = admin();
        byte[] file = csv(accounts(3));
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "абоненты-март.csv", file));
        long copy = service.upload(admin, LoadKind.ACCOUNTS, "копия (2).csv", file.clone());
        assertThat(service.load(admin, copy).alreadyLoadedBy()).isNotNull();
        assertThatThrownBy(() -> service.apply(admin, copy)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).message(RU)).startsWith("этот файл уже загружен "));
    }

    @Test
    void a_changed_file_updates_accounts_by_their_number_instead_of_adding_them() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "v1.csv", csv(accounts(2))));
        int customers = count("SELECT count(*) FROM customer");
        String changed = ACCOUNTS_HEADER + "LS-1;Иванов Иван Петрович;ФЛ;г. Самара, ул. Победы, 7;;;WASTE;\n";
        long id = service.upload(admin, LoadKind.ACCOUNTS, "v2.csv", csv(changed));
        assertThat(service.load(admin, id).rowsUpdated()).isEqualTo(1);
        service.apply(admin, id);
        assertThat(accountsOf(admin)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM customer")).isEqualTo(customers);
        assertThat(count("SELECT count(*) FROM account a JOIN customer c ON c.id = a.holder_id WHERE a.organization_id = ? AND a.number = 'LS-1' "
                + "AND a.address = 'г. Самара, ул. Победы, 7' AND c.full_name = 'Иванов Иван Петрович' AND a.opened_on = '2024-02-01'",
                admin.organizationId())).isEqualTo(1);
    }

    @Test
    void meters_are_upserted_by_account_and_serial_and_an_unknown_account_is_named() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(2))));
        String meters = METERS_HEADER
                + "LS-1;Электроэнергия;777;Меркурий 201;2;;;15.03.2021;15.03.2037;\n"
                + "LS-9;ELECTRICITY;778;Меркурий 201;1;6;1;15.03.2021;;\n"
                + "LS-2;UPKEEP;779;Нева;1;6;1;15.03.2021;01.01.2020;\n";
        long id = service.upload(admin, LoadKind.METERS, "m.csv", csv(meters));
        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 3, «Лицевой счёт»: LS-9 — нет такого лицевого счёта в организации (сначала загрузите абонентов)",
                "строка 4, «Услуга»: UPKEEP — у этой услуги нет приборов учёта",
                "строка 4, «Дата поверки»: 01.01.2020 — раньше даты установки 15.03.2021");
        service.apply(admin, id);
        String again = METERS_HEADER + "LS-1;ELECTRICITY;777;Меркурий 230;3;7;2;16.03.2021;16.03.2037;\n";
        long second = service.upload(admin, LoadKind.METERS, "m2.csv", csv(again));
        assertThat(service.load(admin, second).rowsUpdated()).isEqualTo(1);
        service.apply(admin, second);
        assertThat(count("SELECT count(*) FROM account_meter m JOIN account a ON a.id = m.account_id WHERE a.organization_id = ? "
                + "AND m.serial = '777' AND m.model = 'Меркурий 230' AND m.zones = 3 AND m.digits = 7 AND m.decimals = 2 "
                + "AND m.next_verification_on = '2037-03-16'", admin.organizationId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM account_meter m JOIN account a ON a.id = m.account_id WHERE a.organization_id = ?",
                admin.organizationId())).isEqualTo(1);
    }

    @Test
    void a_file_without_a_required_column_fails_whole_and_says_which() {
        Viewer admin = admin();
        long id = service.upload(admin, LoadKind.ACCOUNTS, "x.csv", csv("Лицевой счёт,Адрес\nLS-1,Самара\n"));
        DataLoad load = service.load(admin, id);
        assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
        assertThat(load.error()).isEqualTo("load.missing_columns");
        assertThat(load.errorArg()).isEqualTo("«ФИО / наименование», «Вид потребителя»");
    }

    @Test
    void staff_without_the_data_loading_module_are_refused() {
        Viewer admin = admin();
        Viewer operator = fixture.staff("op-" + admin.organizationId().toLowerCase(Locale.ROOT), Role.OPERATOR, admin.organizationId());
        byte[] file = csv(accounts(1));
        assertThatThrownBy(() -> service.upload(operator, LoadKind.ACCOUNTS, "a.csv", file)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> service.history(operator, 10)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> service.template(operator, LoadKind.ACCOUNTS, LoadFormat.XLSX)).isInstanceOf(NoModuleException.class);
        long id = service.upload(admin, LoadKind.ACCOUNTS, "a.csv", file);
        assertThatThrownBy(() -> service.apply(operator, id)).isInstanceOf(NoModuleException.class);

        staff.setModules(operator.userId(), List.of("DATA_LOADING"), admin.userId());
        service.apply(operator, id);
        assertThat(accountsOf(admin)).isEqualTo(1);
    }

    @Test
    void an_administrator_holds_every_module_and_sees_only_the_loads_of_their_organization() {
        Viewer admin = admin();
        Viewer other = admin();
        long id = service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(1)));
        assertThat(service.history(admin, 10)).extracting(DataLoad::id).containsExactly(id);
        assertThat(service.history(other, 10)).isEmpty();
        assertThatThrownBy(() -> service.load(other, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.apply(other, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.errorFile(other, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_templates_of_every_kind_load_as_they_are_in_csv_and_in_xlsx() {
        for (LoadFormat format : LoadFormat.values()) {
            Viewer admin = admin();
            for (LoadKind kind : LoadKind.values()) {
                LoadFile template = service.template(admin, kind, format);
                assertThat(template.name()).startsWith("шаблон-").endsWith("." + format.extension());
                long id = service.upload(admin, kind, template.name(), template.content());
                assertThat(service.problems(admin, id, 10)).as(kind + " " + format).isEmpty();
                assertThat(service.load(admin, id).rowsValid()).as(kind + " " + format).isEqualTo(1);
                service.apply(admin, id);
                assertThat(service.load(admin, id).status()).isEqualTo(LoadStatus.APPLIED);
            }
            assertThat(count("SELECT count(*) FROM account_meter m JOIN account a ON a.id = m.account_id WHERE a.organization_id = ? "
                    + "AND a.number = '0012345' AND m.serial = '12345678' AND m.next_verification_on = '2037-03-15'", admin.organizationId()))
                    .as(format.name()).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM manual_reading r JOIN account_meter m ON m.id = r.account_meter_id JOIN account a "
                    + "ON a.id = m.account_id WHERE a.organization_id = ? AND r.value = 12345.6 AND r.taken_on = '2026-03-25' "
                    + "AND r.status = 'ACCEPTED' AND r.submitted_by = ?", admin.organizationId(), admin.userId())).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM ledger_entry e JOIN account a ON a.id = e.account_id WHERE a.organization_id = ? "
                    + "AND e.amount = 1520.35 AND e.kind = 'ADJUSTMENT' AND e.period = '2026-03-01'", admin.organizationId())).isEqualTo(1);
            assertThat(count("SELECT count(*) FROM ledger_entry e JOIN account a ON a.id = e.account_id WHERE a.organization_id = ? "
                    + "AND e.amount = 1520.35 AND e.kind = 'PAYMENT' AND e.period = '2026-03-01' AND e.source = 'load:payment:П-000123'",
                    admin.organizationId())).isEqualTo(1);
        }
    }

    @Test
    void readings_are_checked_against_the_meter_and_the_same_meter_zone_and_day_is_replaced() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(1))));
        service.apply(admin, service.upload(admin, LoadKind.METERS, "m.csv", csv(METERS_HEADER
                + "LS-1;ELECTRICITY;R-1;Меркурий 201;2;5;1;15.03.2021;;\n")));
        String header = "Лицевой счёт;Заводской номер;Зона;Показание;Дата показания\n";
        long id = service.upload(admin, LoadKind.READINGS, "r.csv", csv(header
                + "LS-1;R-1;1;1234,5;20.03.2026\n"
                + "LS-1;R-1;3;10;20.03.2026\n"
                + "LS-1;R-1;2;123456;20.03.2026\n"
                + "LS-1;R-9;1;1;20.03.2026\n"
                + "LS-1;R-1;2;-1;01.01.2099\n"
                + "LS-1;R-1;2;1 000,25;21.03.2026\n"));
        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 3, «Зона»: 3 — у прибора зон: 2",
                "строка 4, «Показание»: 123456 — больше разрядов, чем у прибора (5 до запятой, 1 после)",
                "строка 5, «Заводской номер»: R-9 — нет такого прибора на лицевом счёте LS-1 (сначала загрузите приборы учёта)",
                "строка 6, «Показание»: -1 — не может быть отрицательным",
                "строка 6, «Дата показания»: 01.01.2099 — позже сегодняшнего дня",
                "строка 7, «Показание»: 1000,25 — больше разрядов, чем у прибора (5 до запятой, 1 после)");
        service.apply(admin, id);
        long again = service.upload(admin, LoadKind.READINGS, "r2.csv", csv(header + "LS-1;R-1;1;1240;20.03.2026\n"));
        assertThat(service.load(admin, again).rowsUpdated()).isEqualTo(1);
        service.apply(admin, again);
        assertThat(count("SELECT count(*) FROM manual_reading r JOIN account_meter m ON m.id = r.account_meter_id WHERE m.serial = 'R-1'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM manual_reading r JOIN account_meter m ON m.id = r.account_meter_id WHERE m.serial = 'R-1' "
                + "AND r.value = 1240"))
                .isEqualTo(1);
    }

    @Test
    void debts_go_to_the_ledger_once_per_account_service_month_and_kind_with_kopecks() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(1))));
        String header = "Лицевой счёт;Услуга;Период;Сумма;Вид записи\n";
        long id = service.upload(admin, LoadKind.BALANCES, "d.csv", csv(header
                + "LS-1;ELECTRICITY;03.2026;1 520,35;\n"
                + "LS-1;WASTE;03.2026;-100.10;задолженность\n"
                + "LS-1;UPKEEP;13.2026;10;\n"
                + "LS-1;UPKEEP;04.2026;10,001;начисление\n"
                + "LS-2;UPKEEP;04.2026;10;\n"
                + "LS-1;ELECTRICITY;2026-03;1;\n"));
        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 4, «Период»: 13.2026 — такого месяца нет",
                "строка 5, «Сумма»: 10,001 — не больше 2 знаков после запятой",
                "строка 6, «Лицевой счёт»: LS-2 — нет такого лицевого счёта в организации (сначала загрузите абонентов)",
                "строка 7, «Период»: 2026-03 — повторяет строку 2");
        service.apply(admin, id);
        long again = service.upload(admin, LoadKind.BALANCES, "d2.csv", csv(header + "LS-1;ELECTRICITY;03.2026;1600;\n"));
        assertThat(service.load(admin, again).rowsUpdated()).isEqualTo(1);
        service.apply(admin, again);
        assertThat(Jdbc.list(fixture.dataSource, "SELECT e.service_code || ' ' || e.amount FROM ledger_entry e JOIN account a ON a.id = e.account_id "
                + "WHERE a.organization_id = ? ORDER BY e.service_code", r -> r.getString(1), admin.organizationId()))
                .containsExactly("ELECTRICITY 1600.00", "WASTE -100.10");
    }

    @Test
    void payments_lower_the_debt_once_per_payment_document_and_a_document_loaded_again_is_replaced() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(1))));
        String header = "Лицевой счёт;Услуга;Дата оплаты;Сумма;Платёжный документ\n";
        long id = service.upload(admin, LoadKind.PAYMENTS, "p.csv", csv(header
                + "LS-1;ELECTRICITY;05.03.2026;1 520,35;П-1\n"
                + "LS-1;ELECTRICITY;06.03.2026;0;П-2\n"
                + "LS-1;ELECTRICITY;01.01.2099;10;П-3\n"
                + "LS-2;ELECTRICITY;05.03.2026;10;П-4\n"
                + "LS-1;ELECTRICITY;07.03.2026;5;П-1\n"));
        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 3, «Сумма»: 0 — должна быть больше нуля",
                "строка 4, «Дата оплаты»: 01.01.2099 — позже сегодняшнего дня",
                "строка 5, «Лицевой счёт»: LS-2 — нет такого лицевого счёта в организации (сначала загрузите абонентов)",
                "строка 6, «Платёжный документ»: П-1 — повторяет строку 2");
        service.apply(admin, id);
        // the bank corrects document П-1: the amount and the month change, the payment stays one
        long again = service.upload(admin, LoadKind.PAYMENTS, "p2.csv", csv(header + "LS-1;ELECTRICITY;02.04.2026;1600;П-1\n"));
        assertThat(service.load(admin, again).rowsUpdated()).isEqualTo(1);
        service.apply(admin, again);
        assertThat(Jdbc.list(fixture.dataSource, "SELECT e.kind || ' ' || e.period || ' ' || e.amount FROM ledger_entry e JOIN account a "
                + "ON a.id = e.account_id WHERE a.organization_id = ?", r -> r.getString(1), admin.organizationId()))
                .containsExactly("PAYMENT 2026-04-01 1600.00");
    }

    @Test
    void a_payment_document_is_one_payment_in_the_organization_and_another_account_may_not_take_it() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(2))));
        String header = "Лицевой счёт;Услуга;Дата оплаты;Сумма;Платёжный документ\n";
        service.apply(admin, service.upload(admin, LoadKind.PAYMENTS, "p.csv", csv(header + "LS-1;ELECTRICITY;05.03.2026;100;П-9\n")));

        long id = service.upload(admin, LoadKind.PAYMENTS, "p2.csv", csv(header
                + "LS-2;ELECTRICITY;06.03.2026;50;П-9\n"
                + "LS-1;WASTE;06.03.2026;20;П-10\n"
                + "LS-2;ELECTRICITY;06.03.2026;30;П-10\n"));

        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 2, «Платёжный документ»: П-9 — этот платёжный документ уже учтён как оплата по счёту LS-1, услуга ELECTRICITY",
                "строка 4, «Платёжный документ»: П-10 — повторяет строку 3");
    }

    @Test
    void a_services_file_connects_and_disconnects_an_accounts_services_which_the_accounts_file_only_adds() {
        Viewer admin = admin();
        service.apply(admin, service.upload(admin, LoadKind.ACCOUNTS, "a.csv", csv(accounts(1))));
        String header = "Лицевой счёт;Услуга;Действие\n";
        long id = service.upload(admin, LoadKind.SERVICES, "s.csv", csv(header
                + "LS-1;Горячее водоснабжение;\n"
                + "LS-1;ELECTRICITY;отключить\n"
                + "LS-1;WASTE;может быть\n"
                + "LS-1;ГАЗ;\n"
                + "LS-9;UPKEEP;подключить\n"));
        assertThat(service.problems(admin, id, 10)).extracting(p -> p.message(RU)).containsExactly(
                "строка 4, «Действие»: может быть — «подключить» или «отключить»",
                "строка 5, «Услуга»: ГАЗ — нет такой услуги: ГАЗ",
                "строка 6, «Лицевой счёт»: LS-9 — нет такого лицевого счёта в организации (сначала загрузите абонентов)");
        assertThat(service.load(admin, id).rowsUpdated()).isEqualTo(1);
        service.apply(admin, id);
        assertThat(Jdbc.list(fixture.dataSource, "SELECT x.service_code FROM account_service x JOIN account a ON a.id = x.account_id "
                + "WHERE a.organization_id = ? ORDER BY 1", r -> r.getString(1), admin.organizationId()))
                .containsExactly("COLD_WATER", "HOT_WATER");
    }

    @Test
    void a_bad_load_is_given_back_with_an_error_column() {
        Viewer admin = admin();
        String text = ACCOUNTS_HEADER + "A-1;Петрова Анна;ФЛ;Самара;;;;\nA-2;Орлов;ИП;;;;;31.02.2026\n";
        long id = service.upload(admin, LoadKind.ACCOUNTS, "плохой.csv", csv(text));
        LoadFile back = service.errorFile(admin, id);
        assertThat(back.name()).isEqualTo("плохой-ошибки.csv");
        String content = new String(back.content(), StandardCharsets.UTF_8);
        assertThat(content).contains("Дата открытия;Ошибки")
                .contains("A-2;Орлов;ИП;;;;;31.02.2026;\"«Адрес»: обязательное поле; «Дата открытия»: такой даты нет\"")
                .doesNotContain("A-1");
    }
}
