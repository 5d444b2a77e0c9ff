package io.meterhub.cabinet.staff;

import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditEntry;
import io.meterhub.cabinet.audit.AuditFilter;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.cabinet.organizations.OrganizationProfile;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcLoginRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The control panel's rights against PostgreSQL: modules per staff user checked by every service, an
 * administrator's staff actions, organization properties refused field by field, sub-organizations
 * seen from above only, blocks, ended sessions, one-time password links, and the audit log of it all.
 */
class ControlPanelRightsTest {
    private static Fixture fixture;
    private static StaffRepository staffRows;
    private static StaffRights rights;
    private static AuditTrail trail;
    private static OrganizationService organizations;
    private static final List<String> sentLinks = new ArrayList<>();
    private static StaffService staff;
    private static Viewer admin;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("control_panel_rights");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        staffRows = new JdbcStaffRepository(fixture.dataSource);
        rights = new StaffRights(staffRows);
        AuditRepository auditRows = new JdbcAuditRepository(fixture.dataSource);
        OrganizationRepository organizationRows = new JdbcOrganizationRepository(fixture.dataSource);
        AuditLog audit = new AuditLog(auditRows, new JdbcUserRepository(fixture.dataSource), new JdbcTransactions(fixture.dataSource));
        trail = new AuditTrail(auditRows, organizationRows, rights);
        organizations = new OrganizationService(organizationRows, rights, audit);
        staff = service(Clock.systemUTC());
        admin = fixture.staff("volga-admin", Role.ADMIN, "VOLGA");
    }

    private static StaffService service(Clock clock) {
        return new StaffService(staffRows, new JdbcOrganizationRepository(fixture.dataSource), rights, fixture.users,
                new AuditLog(new JdbcAuditRepository(fixture.dataSource), new JdbcUserRepository(fixture.dataSource),
                        new JdbcTransactions(fixture.dataSource)), logins(clock));
    }

    private static Logins logins(Clock clock) {
        return new Logins(new JdbcLoginRepository(fixture.dataSource), (userId, link) -> sentLinks.add(link), clock);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void an_administrator_holds_every_module_and_an_operator_only_the_granted_ones() {
        Viewer bare = fixture.staff("bare-operator", Role.OPERATOR, "VOLGA");
        assertThat(rights.modules(admin)).isEqualTo(EnumSet.allOf(StaffModule.class));
        assertThat(rights.modules(bare)).isEmpty();
        assertThatThrownBy(() -> organizations.profile(bare, "VOLGA")).isInstanceOf(NoModuleException.class)
                .hasMessage("This needs the module \"Organization properties\"");
        assertThatThrownBy(() -> staff.staffOf(bare)).isInstanceOf(AccessDeniedException.class);
        assertThat(rights.modules(Viewer.customer(fixture.customer("cp-customer").userId()))).isEmpty();
    }

    @Test
    void an_administrator_creates_an_operator_with_two_modules_who_may_use_exactly_those() {
        StaffMember loader = staff.create(admin, new NewStaff("loader", "Загрузчик Пётр", "loader@volga.example", "Zagruzka-2026",
                Set.of(StaffModule.DATA_LOADING, StaffModule.REGISTRY)));
        assertThat(loader.role()).isEqualTo(Role.OPERATOR);
        Viewer asLoader = new Viewer(loader.id(), Role.OPERATOR, "VOLGA");
        assertThat(rights.modules(asLoader)).containsExactlyInAnyOrder(StaffModule.DATA_LOADING, StaffModule.REGISTRY);
        assertThatThrownBy(() -> staff.staffOf(asLoader)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> organizations.profile(asLoader, "VOLGA")).isInstanceOf(NoModuleException.class);

        // a revoked module is gone at the next check, without a new login
        staff.setModules(admin, loader.id(), Set.of(StaffModule.REGISTRY));
        assertThat(rights.has(asLoader, StaffModule.DATA_LOADING)).isFalse();

        List<AuditEntry> entries = trail.page(admin, new AuditFilter(null, null, null, "loader"), null, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("staff.modules", "staff.create");
        assertThat(entries.get(0).changes()).singleElement().satisfies(change -> {
            assertThat(change.property()).isEqualTo("modules");
            assertThat(change.before()).isEqualTo("[\"DATA_LOADING\",\"REGISTRY\"]");
            assertThat(change.after()).isEqualTo("[\"REGISTRY\"]");
        });
        assertThat(entries.get(0).actorLogin()).isEqualTo("volga-admin");
    }

    @Test
    void staff_of_another_organization_are_out_of_reach_and_nobody_changes_their_own_rights() {
        Viewer otherAdmin = fixture.staff("other-admin", Role.ADMIN, "OTHER");
        StaffMember volgaOperator = staff.create(admin, new NewStaff("volga-op", "Оператор", null, "Smena-Volga-26", Set.of()));
        assertThatThrownBy(() -> staff.block(otherAdmin, volgaOperator.id(), "чужой")).isInstanceOf(ValidationException.class)
                .hasMessage("No such staff user in your organization");
        assertThat(staff.staffOf(otherAdmin)).extracting(StaffMember::login).containsExactly("other-admin");
        assertThatThrownBy(() -> staff.block(admin, admin.userId(), "сам")).hasMessage("You cannot change your own rights or block yourself");
    }

    @Test
    void a_blocked_user_cannot_log_in_and_their_sessions_end_until_unblocked() {
        assertThatThrownBy(() -> staff.create(admin, new NewStaff("weak-clerk", "Клерк", null, "weak-clerk-1", Set.of())))
                .isInstanceOfSatisfying(io.meterhub.cabinet.common.ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(io.meterhub.cabinet.users.PasswordPolicy.IS_LOGIN));
        assertThat(fixture.users.findByLogin("weak-clerk")).isEmpty();
        StaffMember clerk = staff.create(admin, new NewStaff("clerk", "Клерк", null, "Pisar-2026-x", Set.of(StaffModule.READINGS)));
        Instant sessionStart = Instant.now().minusSeconds(5);
        assertThat(fixture.users.authenticate("clerk", "Pisar-2026-x")).isPresent();
        assertThat(logins(Clock.systemUTC()).sessionValid(clerk.id(), sessionStart)).isTrue();

        assertThatThrownBy(() -> staff.block(admin, clerk.id(), " ")).isInstanceOf(InvalidFieldsException.class);
        staff.block(admin, clerk.id(), "уволен");
        assertThat(fixture.users.authenticate("clerk", "Pisar-2026-x")).isEmpty();
        assertThat(logins(Clock.systemUTC()).sessionValid(clerk.id(), sessionStart)).isFalse();
        assertThat(rights.modules(new Viewer(clerk.id(), Role.OPERATOR, "VOLGA"))).isEmpty();

        staff.unblock(admin, clerk.id());
        assertThat(fixture.users.authenticate("clerk", "Pisar-2026-x")).isPresent();
        // the session from before the block stays ended; a new one is fine
        assertThat(logins(Clock.systemUTC()).sessionValid(clerk.id(), sessionStart)).isFalse();
        assertThat(logins(Clock.systemUTC()).sessionValid(clerk.id(), Instant.now().plusSeconds(1))).isTrue();

        staff.endSessions(admin, clerk.id());
        assertThat(logins(Clock.systemUTC()).sessionValid(clerk.id(), Instant.now().minusSeconds(1))).isFalse();
        assertThat(trail.page(admin, new AuditFilter(null, null, null, "уволен"), null, 10)).extracting(AuditEntry::action)
                .containsExactly("staff.block");
    }

    @Test
    void a_password_link_sets_a_new_password_once_and_expires() {
        StaffMember typist = staff.create(admin, new NewStaff("typist", "Машинистка", "typist@volga.example", "Mashinka-2026", Set.of()));
        StaffMember mute = staff.create(admin, new NewStaff("no-mail", "Без почты", null, "Bez-pochty-2026", Set.of()));
        sentLinks.clear();
        assertThat(staff.sendPasswordReset(admin, mute.id())).isFalse();
        assertThat(sentLinks).isEmpty();

        assertThat(staff.sendPasswordReset(admin, typist.id())).isTrue();
        assertThat(sentLinks).singleElement().asString().startsWith(Logins.RESET_ROUTE);
        String token = sentLinks.get(0).substring(Logins.RESET_ROUTE.length());
        // a refused password does not use the link up
        assertThatThrownBy(() -> logins(Clock.systemUTC()).resetPassword(token, "short")).isInstanceOf(ValidationException.class);
        logins(Clock.systemUTC()).resetPassword(token, "brand-new-secret");
        assertThat(fixture.users.authenticate("typist", "brand-new-secret")).isPresent();
        assertThat(fixture.users.authenticate("typist", "Mashinka-2026")).isEmpty();
        assertThatThrownBy(() -> logins(Clock.systemUTC()).resetPassword(token, "another-secret")).hasMessageContaining("used, expired or unknown");

        staff.sendPasswordReset(admin, typist.id());
        String late = sentLinks.get(sentLinks.size() - 1).substring(Logins.RESET_ROUTE.length());
        Logins dayLater = logins(Clock.offset(Clock.systemUTC(), Logins.RESET_VALID.plus(Duration.ofMinutes(1))));
        assertThatThrownBy(() -> dayLater.resetPassword(late, "too-late-secret")).hasMessageContaining("used, expired or unknown");
    }

    @Test
    void organization_properties_are_refused_field_by_field_and_a_change_is_audited_with_what_changed() {
        OrganizationProfile before = organizations.profile(admin, "VOLGA");
        OrganizationProfile bad = new OrganizationProfile("VOLGA", null, " ", before.kind(), "Mars/Olympus", "T1 07-23", before.legalName(),
                "6311000001", "63110100", "1234567890123", before.address(), before.phone(), "not-an-address", null, "Bank", "043601607",
                "30101810200000000607", "40702810954400012345", 20, 10);
        assertThatThrownBy(() -> organizations.update(admin, bad, null)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("name", "timeZone", "zoneSchedule", "inn", "kpp",
                        "ogrn", "email", "settlementAccount", "windowLastDay"));
        assertThat(organizations.profile(admin, "VOLGA")).isEqualTo(before);

        OrganizationProfile good = new OrganizationProfile("VOLGA", null, "Волжская сетевая", before.kind(), "Europe/Samara", "T1 07-23; T2 23-07",
                "АО «Волжская сетевая компания»", "6316186232", "631601001", "1026301421068", "Самара, ул. Садовая, 1", "+7 846 000-00-00",
                "office@volga.example", null, "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607", "40702810154400012345", 15, 25);
        OrganizationProfile saved = organizations.update(admin, good, null);
        assertThat(saved.name()).isEqualTo("Волжская сетевая");
        assertThat(organizations.profile(admin, "VOLGA").settlementAccount()).isEqualTo("40702810154400012345");
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "organization.update", null), null, 1).get(0);
        assertThat(entry.changes()).extracting(AuditEntry.Change::property).contains("name", "zoneSchedule", "settlementAccount")
                .doesNotContain("id", "kind");
    }

    @Test
    void a_parent_creates_and_sees_its_sub_organization_which_sees_only_itself() {
        OrganizationProfile parent = organizations.profile(admin, "VOLGA");
        OrganizationProfile child = organizations.createSubOrganization(admin, "VOLGA", new OrganizationProfile("volga_north", null,
                "Северный филиал", OrganizationKind.GRID_COMPANY, "Europe/Samara", "T1 00-24", null, null, null, null, null, null, null, null,
                null, null, null, null, 15, 25));
        assertThat(child.id()).isEqualTo("VOLGA_NORTH");
        assertThat(child.parentId()).isEqualTo("VOLGA");
        assertThat(organizations.subOrganizations(admin, "VOLGA")).extracting(OrganizationProfile::id).contains("VOLGA_NORTH");
        assertThat(organizations.profile(admin, "VOLGA_NORTH").name()).isEqualTo("Северный филиал");
        assertThatThrownBy(() -> organizations.createSubOrganization(admin, "VOLGA", child)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("organization.id_taken"));

        Viewer childAdmin = fixture.staff("north-admin", Role.ADMIN, "VOLGA_NORTH");
        assertThat(organizations.profile(childAdmin, "VOLGA_NORTH").id()).isEqualTo("VOLGA_NORTH");
        assertThatThrownBy(() -> organizations.profile(childAdmin, "VOLGA")).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> organizations.profile(childAdmin, "OTHER")).isInstanceOf(NoModuleException.class);
        assertThat(parent.parentId()).isNull();
    }

    @Test
    void a_grid_company_creates_logins_for_the_supplier_it_created_and_for_no_other_organization() {
        organizations.createSubOrganization(admin, "VOLGA", new OrganizationProfile("VOLGA_SUPPLY", null, "Волжская энергосбытовая",
                OrganizationKind.SUPPLIER, "Europe/Samara", "T1 00-24", null, null, null, null, null, null, null, null, null, null, null, null,
                15, 25));
        assertThat(staff.suppliers(admin)).extracting(SupplierChoice::id).containsExactly("VOLGA_SUPPLY");
        StaffMember supplier = staff.createSupplierUser(admin, "VOLGA_SUPPLY", new NewStaff("volga-supply", "Сбыт Волга", null,
                "Sbyt-Volga-2026", Set.of(StaffModule.STAFF)));
        assertThat(supplier.role()).isEqualTo(Role.SUPPLIER);
        assertThat(supplier.modules()).isEmpty();
        assertThat(fixture.users.authenticate("volga-supply", "Sbyt-Volga-2026")).get().extracting(Viewer::organizationId)
                .isEqualTo("VOLGA_SUPPLY");
        assertThat(staff.supplierStaff(admin)).extracting(StaffMember::login).containsExactly("volga-supply");
        assertThatThrownBy(() -> staff.setModules(admin, supplier.id(), Set.of(StaffModule.READINGS))).isInstanceOf(ValidationException.class);
        staff.block(admin, supplier.id(), "договор расторгнут");
        assertThat(fixture.users.authenticate("volga-supply", "Sbyt-Volga-2026")).isEmpty();
        assertThatThrownBy(() -> staff.createSupplierUser(admin, "OTHER", new NewStaff("other-supply", "x", null, "Sbyt-Drugoy-2026",
                Set.of()))).hasMessage("No such guaranteeing supplier among your sub-organizations");
    }

    @Test
    void the_audit_log_exports_as_csv_for_russian_excel_with_formulas_defused() {
        StaffMember formula = staff.create(admin, new NewStaff("csv-op", "=HYPERLINK(\"x\")", null, "Formula-2026x", Set.of()));
        staff.block(admin, formula.id(), "=cmd; причина с точкой с запятой");
        String csv = new String(trail.csv(admin, new AuditFilter(null, null, "staff.block", null)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid;время;сотрудник;действие;запись;номер записи;до;после;причина\r\n");
        assertThat(csv).contains(";volga-admin;staff.block;user;" + formula.id() + ";")
                .contains("\"'=cmd; причина с точкой с запятой\"\r\n");
        assertThat(csv.lines().filter(l -> l.contains("staff.block")).count()).isGreaterThanOrEqualTo(1);
        Viewer bare = fixture.staff("csv-bare", Role.OPERATOR, "VOLGA");
        assertThatThrownBy(() -> trail.csv(bare, AuditFilter.ALL)).isInstanceOf(NoModuleException.class);
    }

    @Test
    void a_staff_action_whose_audit_entry_cannot_be_written_is_not_made() {
        StaffMember member = staff.create(admin, new NewStaff("audit-victim", "Проверка аудита", null, "Victim-secret-1",
                EnumSet.of(StaffModule.READINGS)));
        // the database refuses audit entries of blocks: a real failure between the change and its entry
        io.meterhub.storage.cabinet.Jdbc.update(fixture.dataSource, """
                CREATE FUNCTION refuse_block_entries() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.action = 'staff.block' THEN RAISE EXCEPTION 'audit log unavailable'; END IF; RETURN NEW; END $$""");
        io.meterhub.storage.cabinet.Jdbc.update(fixture.dataSource,
                "CREATE TRIGGER refuse_block_entries BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION refuse_block_entries()");
        try {
            assertThatThrownBy(() -> staff.block(admin, member.id(), "проверка")).isInstanceOf(io.meterhub.cabinet.common.StorageException.class);
            assertThat(staff.member(admin, member.id()).blockedAt()).as("the block was rolled back with its entry").isNull();
        } finally {
            io.meterhub.storage.cabinet.Jdbc.update(fixture.dataSource, "DROP TRIGGER refuse_block_entries ON audit_entry");
        }
        assertThat(staff.block(admin, member.id(), "проверка").blockedAt()).isNotNull();
    }

}
