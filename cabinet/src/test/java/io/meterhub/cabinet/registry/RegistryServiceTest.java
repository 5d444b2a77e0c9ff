package io.meterhub.cabinet.registry;

import io.meterhub.storage.cabinet.JdbcTransactions;
import com.zaxxer.hikari.HikariDataSource;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditEntry;
import io.meterhub.cabinet.audit.AuditFilter;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.registry.JdbcRegistryRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.registry.ControllerCredentials;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.RegistryChanges;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry of the control panel against PostgreSQL: controllers and meters refused field by
 * field, kept to the viewer's organization and to holders of the REGISTRY module, broker passwords
 * stored as Mosquitto hashes and rotated, meter replacements with their values, and a registered
 * meter announced to a running pipeline's listener at once.
 */
class RegistryServiceTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static Fixture fixture;
    private static RegistryService registry;
    private static AuditTrail trail;
    private static ControllerCredentials credentials;
    private static Viewer admin;
    private static Viewer otherAdmin;
    private static String accountNumber;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("registry_service");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        StaffRights rights = new StaffRights(new JdbcStaffRepository(fixture.dataSource));
        AuditRepository auditRows = new JdbcAuditRepository(fixture.dataSource);
        OrganizationRepository organizations = new JdbcOrganizationRepository(fixture.dataSource);
        registry = new RegistryService(new JdbcRegistryRepository(fixture.dataSource), organizations, rights,
                new AuditLog(auditRows, new JdbcUserRepository(fixture.dataSource), new JdbcTransactions(fixture.dataSource)), Clock.systemUTC());
        trail = new AuditTrail(auditRows, organizations, rights);
        credentials = new ControllerCredentials(fixture.dataSource);
        admin = fixture.staff("reg-admin", Role.ADMIN, "VOLGA");
        otherAdmin = fixture.staff("reg-other-admin", Role.ADMIN, "OTHER");
        accountNumber = "LS-REG-77";
        fixture.accounts.createAccount(accountNumber, "VOLGA", fixture.customer("reg-customer").customerId(), "Самара, ул. Садовая, 5",
                LocalDate.of(2020, 1, 1));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static MeterForm meter(String id, String controllerId) {
        return new MeterForm(id, controllerId, "N-" + id, "Меркурий 234", "SN-" + id, 6, 3, 900, null, "Жилой дом, ввод 1",
                LocalDate.of(2024, 3, 1), LocalDate.of(2032, 3, 1));
    }

    @Test
    void a_controller_form_is_refused_field_by_field_in_russian() {
        NewController bad = NewController.modbus("ctl/1", "x".repeat(201), "bad host!", 70000, 300, "no-such-profile", 0);
        assertThatThrownBy(() -> registry.registerController(admin, bad)).isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("id", "description", "modbusHost", "modbusPort",
                    "modbusUnitId", "modbusProfile", "pollIntervalSeconds");
            assertThat(e.problems().get(0).message(RU)).startsWith("Идентификатор: от 1 до 64 латинских букв");
            assertThat(e.problems().get(5).message(RU)).isEqualTo("Выберите профиль устройства: eastron-sdm630, eastron-sdm120, carlo-gavazzi-em340");
        });
        assertThatThrownBy(() -> registry.registerController(admin, NewController.mqtt("meterhub-stream", null)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("registry.id_reserved"));
        assertThat(registry.controllers(admin, "ctl/1", 0).total()).isZero();
    }

    @Test
    void a_modbus_controller_keeps_its_address_profile_and_interval_and_its_gateway_logs_in_as_it() throws Exception {
        Controller created = registry.registerController(admin, NewController.modbus("SDM-FEEDER-3", "ТП-12, фидер 3", "10.0.5.17", null, 1,
                "eastron-sdm630", 30));
        assertThat(created.modbusPort()).as("Modbus TCP's port unless told").isEqualTo(502);
        assertThat(registry.controller(admin, "SDM-FEEDER-3")).isEqualTo(created);
        registry.registerMeter(admin, meter("SDM-FEEDER-3-M", "SDM-FEEDER-3"));
        // the gateway polls the device and publishes as the controller, so the pipeline's topic check holds
        assertThat(registry.gatewaySettings(admin, "SDM-FEEDER-3")).containsExactly("MH_MODBUS_CONTROLLER=SDM-FEEDER-3",
                "MH_MODBUS_DEVICES=SDM-FEEDER-3-M@10.0.5.17:502/1/eastron-sdm630/30000", "MH_MQTT_USER=SDM-FEEDER-3");
        BrokerCredentials gateway = registry.issueCredentials(admin, "SDM-FEEDER-3");
        assertThat(credentials.matches("SDM-FEEDER-3", bytes(gateway.password()))).isTrue();
        registry.registerController(admin, NewController.mqtt("CTL-NOT-MODBUS", null));
        assertThatThrownBy(() -> registry.gatewaySettings(admin, "CTL-NOT-MODBUS")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs no Modbus gateway");
        assertThatThrownBy(() -> registry.registerController(otherAdmin, NewController.mqtt("SDM-FEEDER-3", null)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("registry.controller_id_taken"));
    }

    @Test
    void a_meter_form_is_refused_field_by_field() {
        registry.registerController(otherAdmin, NewController.mqtt("CTL-OTHER-1", null));
        registry.registerController(admin, NewController.mqtt("CTL-FORM", null));
        registry.registerMeter(admin, meter("M-FORM-0", "CTL-FORM"));
        MeterForm bad = new MeterForm("M 1/+", "CTL-OTHER-1", "N-M-FORM-0", null, null, 2, 5, 0, "NO-SUCH-ACCOUNT", null,
                LocalDate.now().plusDays(3), LocalDate.now().plusDays(1));
        assertThatThrownBy(() -> registry.registerMeter(admin, bad)).isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("id", "registerDigits", "tariffRegisters", "intervalSeconds",
                    "installedOn", "nextVerificationOn", "controllerId", "accountNumber", "number");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("controllerId")).singleElement()
                    .satisfies(p -> assertThat(p.message(RU)).isEqualTo("В вашей организации нет контроллера CTL-OTHER-1"));
            assertThat(e.problems()).filteredOn(p -> p.field().equals("registerDigits")).singleElement()
                    .satisfies(p -> assertThat(p.message(RU)).isEqualTo("Разрядность счётного механизма: от 3 до 12"));
        });
    }

    @Test
    void records_of_another_organization_are_out_of_reach() {
        registry.registerController(otherAdmin, NewController.mqtt("CTL-THEIRS", null));
        registry.registerMeter(otherAdmin, meter("M-THEIRS", "CTL-THEIRS"));
        assertThatThrownBy(() -> registry.controller(admin, "CTL-THEIRS")).isInstanceOf(ValidationException.class)
                .hasMessage("No controller CTL-THEIRS in your organization");
        assertThatThrownBy(() -> registry.issueCredentials(admin, "CTL-THEIRS")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> registry.meter(admin, "M-THEIRS")).hasMessage("No meter M-THEIRS in your organization");
        assertThatThrownBy(() -> registry.updateMeter(admin, meter("M-THEIRS", "CTL-THEIRS"), null)).isInstanceOf(ValidationException.class);
        assertThat(registry.meters(admin, "THEIRS", 0).items()).isEmpty();
        assertThat(registry.controllers(admin, null, 0).items()).extracting(Controller::id).doesNotContain("CTL-THEIRS");
    }

    @Test
    void staff_without_the_registry_module_are_refused_by_every_action() {
        Viewer bare = fixture.staff("reg-bare", Role.OPERATOR, "VOLGA");
        List<ThrowingCallable> actions = List.of(
                () -> registry.controllers(bare, null, 0),
                () -> registry.meters(bare, null, 0),
                () -> registry.registerController(bare, NewController.mqtt("CTL-BARE", null)),
                () -> registry.issueCredentials(bare, "CTL-FORM"),
                () -> registry.rotateCredentials(bare, "CTL-FORM", null),
                () -> registry.registerMeter(bare, meter("M-BARE", "CTL-FORM")),
                () -> registry.updateMeter(bare, meter("M-BARE", "CTL-FORM"), null),
                () -> registry.replacements(bare, "M-BARE"),
                () -> registry.mosquittoPasswordFile(bare),
                () -> registry.gatewaySettings(bare, "SDM-FEEDER-3"),
                () -> registry.replaceMeter(bare, new Replacement("M-BARE", meter("M-BARE-2", "CTL-FORM"), Instant.now(), Map.of(), Map.of(), null)));
        for (ThrowingCallable action : actions) {
            assertThatThrownBy(action).isInstanceOf(NoModuleException.class).hasMessage("This needs the module \"Consumption channels\"");
        }
        new JdbcStaffRepository(fixture.dataSource).setModules(bare.userId(), List.of("REGISTRY"), admin.userId());
        assertThat(registry.controllers(bare, null, 0).page()).as("granted, the same call passes").isZero();
    }

    @Test
    void a_broker_password_is_shown_once_kept_as_a_mosquitto_hash_and_rotation_ends_the_old_one() throws Exception {
        Controller created = registry.registerController(admin, NewController.mqtt("CTL-LOGIN", "Щит учёта подъезда 2"));
        assertThat(created.hasCredentials()).isFalse();
        assertThat(credentials.matches("CTL-LOGIN", "anything".getBytes(StandardCharsets.UTF_8))).isFalse();

        BrokerCredentials first = registry.issueCredentials(admin, "CTL-LOGIN");
        assertThat(first.user()).isEqualTo("CTL-LOGIN");
        assertThat(first.topic()).isEqualTo("meterhub/v1/CTL-LOGIN/up");
        assertThat(first.password()).hasSize(24);
        assertThat(first.toString()).doesNotContain(first.password());
        assertThat(storedHash("CTL-LOGIN")).startsWith("$7$101$").doesNotContain(first.password());
        assertThat(credentials.matches("CTL-LOGIN", bytes(first.password()))).isTrue();
        assertThat(registry.mosquittoPasswordFile(admin)).contains("CTL-LOGIN:" + storedHash("CTL-LOGIN") + "\n");
        assertThatThrownBy(() -> registry.issueCredentials(admin, "CTL-LOGIN")).hasMessageContaining("already has a password");

        BrokerCredentials second = registry.rotateCredentials(admin, "CTL-LOGIN", "пароль попал в переписку");
        assertThat(second.password()).isNotEqualTo(first.password());
        assertThat(credentials.matches("CTL-LOGIN", bytes(first.password()))).as("the old password").isFalse();
        assertThat(credentials.matches("CTL-LOGIN", bytes(second.password()))).isTrue();
        assertThat(registry.controller(admin, "CTL-LOGIN").credentialsRotatedAt()).isEqualTo(second.issuedAt());

        List<AuditEntry> entries = trail.page(admin, new AuditFilter(null, null, null, "CTL-LOGIN"), null, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("registry.credentials.rotate", "registry.credentials.issue",
                "registry.controller.create");
        assertThat(entries.get(0).reason()).isEqualTo("пароль попал в переписку");
        assertThat(entries).allSatisfy(e -> assertThat(e.before() + " " + e.after()).doesNotContain(first.password(), second.password(), "$7$"));
    }

    @Test
    void a_meter_is_registered_with_its_documents_facts_found_by_number_and_edited_with_a_reason() {
        registry.registerController(admin, NewController.mqtt("CTL-HOUSE", null));
        MeterForm form = new MeterForm("M-HOUSE-1", "CTL-HOUSE", "0123456", "Меркурий 234", "40512345", 6, 3, 900, accountNumber,
                "кв. 12", LocalDate.of(2024, 3, 1), LocalDate.of(2032, 3, 1));
        Meter created = registry.registerMeter(admin, form);
        assertThat(created.accountNumber()).isEqualTo(accountNumber);
        assertThat(created.inService()).isTrue();
        // its customer sees it at once: the account's electricity meter of that serial is this telemetry meter
        long account = fixture.accounts.accountByNumber("VOLGA", accountNumber).orElseThrow().id();
        assertThat(fixture.accounts.metersOfAccount(account)).singleElement().satisfies(m -> {
            assertThat(m.telemetryMeterId()).isEqualTo("M-HOUSE-1");
            assertThat(m.serial()).isEqualTo("40512345");
            assertThat(m.serviceCode()).isEqualTo("ELECTRICITY");
            assertThat(m.zones()).isEqualTo(3);
            assertThat(m.digits()).isEqualTo(6);
        });
        assertThat(fixture.accounts.servicesOfAccount(account)).extracting(s -> s.code()).contains("ELECTRICITY");
        Page<Meter> byNumber = registry.meters(admin, "0123456", 0);
        assertThat(byNumber.items()).extracting(Meter::id).containsExactly("M-HOUSE-1");
        assertThat(registry.meters(admin, accountNumber, 0).items()).extracting(Meter::id).containsExactly("M-HOUSE-1");
        assertThat(registry.controllers(admin, "CTL-HOUSE", 0).items()).singleElement().extracting(Controller::meters).isEqualTo(1);

        Meter edited = registry.updateMeter(admin, new MeterForm("M-HOUSE-1", "CTL-HOUSE", "0123456", "Меркурий 234", "40512345", 6, 3, 900,
                accountNumber, "кв. 12", LocalDate.of(2024, 3, 1), LocalDate.of(2040, 3, 1)), "поверка пройдена");
        assertThat(edited.nextVerificationOn()).isEqualTo(LocalDate.of(2040, 3, 1));
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "registry.meter.update", null), null, 1).get(0);
        assertThat(entry.reason()).isEqualTo("поверка пройдена");
        assertThat(entry.changes()).extracting(AuditEntry.Change::property).containsExactly("nextVerificationOn");
    }

    @Test
    void a_replacement_records_the_final_and_initial_values_and_puts_the_new_meter_in_service() {
        registry.registerController(admin, NewController.mqtt("CTL-SWAP", null));
        registry.registerMeter(admin, meter("M-SWAP-OLD", "CTL-SWAP"));
        Instant at = Instant.parse("2026-11-20T08:30:00Z");

        Replacement wrong = new Replacement("M-SWAP-OLD", meter("M-SWAP-NEW", "CTL-SWAP"), Instant.now().plusSeconds(3600),
                Map.of("1.8.4", new BigDecimal("1"), "1.8.1", new BigDecimal("-1")), Map.of("1.8.0", new BigDecimal("1000000")), null);
        assertThatThrownBy(() -> registry.replaceMeter(admin, wrong)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("replacedAt", "registry.replaced_at_future"),
                        org.assertj.core.groups.Tuple.tuple("finalValues", "registry.value_total_required"),
                        org.assertj.core.groups.Tuple.tuple("finalValues", "registry.value_register_invalid"),
                        org.assertj.core.groups.Tuple.tuple("finalValues", "registry.value_out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("initialValues", "registry.value_out_of_range")));
        assertThatThrownBy(() -> registry.meter(admin, "M-SWAP-NEW")).isInstanceOf(ValidationException.class);

        MeterReplacement done = registry.replaceMeter(admin, new Replacement("M-SWAP-OLD", meter("M-SWAP-NEW", "CTL-SWAP"), at,
                Map.of("1.8.0", new BigDecimal("12345.67"), "1.8.1", new BigDecimal("8000.10"), "1.8.2", new BigDecimal("4345.57")),
                Map.of("1.8.0", new BigDecimal("0.02")), "истёк срок поверки"));
        assertThat(done.replacedAt()).isEqualTo(at);
        assertThat(done.finalValues()).containsOnlyKeys("1.8.0", "1.8.1", "1.8.2");
        assertThat(done.finalValues().get("1.8.0")).isEqualByComparingTo("12345.67");
        assertThat(done.initialValues().get("1.8.0")).isEqualByComparingTo("0.02");
        assertThat(registry.meter(admin, "M-SWAP-OLD").removedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(registry.meter(admin, "M-SWAP-NEW").inService()).isTrue();
        assertThat(registry.replacements(admin, "M-SWAP-NEW")).containsExactly(done);
        assertThatThrownBy(() -> registry.replaceMeter(admin, new Replacement("M-SWAP-OLD", meter("M-SWAP-3", "CTL-SWAP"), at,
                Map.of("1.8.0", BigDecimal.ONE), Map.of("1.8.0", BigDecimal.ZERO), null))).hasMessageContaining("already replaced");
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "registry.meter.replace", null), null, 1).get(0);
        assertThat(entry.recordId()).isEqualTo("M-SWAP-OLD");
        assertThat(entry.after()).contains("12345.67", "M-SWAP-NEW");
    }

    @Test
    void a_meter_registered_here_is_announced_to_the_running_pipeline_at_once() throws Exception {
        registry.registerController(admin, NewController.mqtt("CTL-LIVE", null));
        StorageConfig storage = StorageConfig.of(((HikariDataSource) fixture.dataSource).getJdbcUrl());
        CountDownLatch notified = new CountDownLatch(1);
        // the listener the pipeline's registry reload runs on (stream's held readings replay on it)
        try (RegistryChanges changes = RegistryChanges.listen(storage, notified::countDown, "registry-test-listener")) {
            registry.registerMeter(admin, meter("M-LIVE-1", "CTL-LIVE"));
            assertThat(notified.await(5, TimeUnit.SECONDS)).as("NOTIFY meter_registry_changed delivered").isTrue();
        }
        assertThat(new MeterRegistry(fixture.dataSource).loadMeterInfos().get("M-LIVE-1")).satisfies(info -> {
            assertThat(info.controllerId()).isEqualTo("CTL-LIVE");
            assertThat(info.registerDigits()).isEqualTo(6);
            assertThat(info.tariffRegisters()).isEqualTo(3);
            assertThat(info.timeZone()).isEqualTo(Fixture.SAMARA);
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String storedHash(String controllerId) throws Exception {
        try (Connection c = fixture.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT mqtt_password_hash FROM controller WHERE id = '" + controllerId + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}
