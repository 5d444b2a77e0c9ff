package io.meterhub.cabinet.tariffs;

import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessPolicy;
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
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.tariffs.JdbcTariffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The control panel's price list against PostgreSQL: a new price from today on closes the one before it, field by field refusals, the audit. */
class TariffAdministrationTest {
    private static Fixture fixture;
    private static TariffAdministration tariffs;
    private static AuditTrail trail;
    private static Viewer admin;
    private static LocalDate today;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("tariff_administration");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        StaffRights rights = new StaffRights(new JdbcStaffRepository(fixture.dataSource));
        AuditRepository entries = new JdbcAuditRepository(fixture.dataSource);
        TariffService service = new TariffService(new JdbcTariffRepository(fixture.dataSource),
                new AccessPolicy(fixture.accounts, new JdbcManualReadingRepository(fixture.dataSource),
                        new JdbcAccountAccessRepository(fixture.dataSource), Clock.systemUTC()));
        tariffs = new TariffAdministration(service, fixture.accounts, rights, new AuditLog(entries, new JdbcUserRepository(fixture.dataSource), new JdbcTransactions(fixture.dataSource)),
                Clock.systemUTC());
        trail = new AuditTrail(entries, new JdbcOrganizationRepository(fixture.dataSource), rights);
        admin = fixture.staff("tariff-admin", Role.ADMIN, "VOLGA");
        today = tariffs.earliestStart(admin);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_new_price_from_a_later_day_closes_the_one_in_force_and_is_audited() {
        tariffs.setPrice(admin, "ELECTRICITY", 1, new BigDecimal("5.63"), today);
        Tariff next = tariffs.setPrice(admin, "ELECTRICITY", 1, new BigDecimal("6.1200"), today.plusDays(30));
        assertThat(next.price()).isEqualByComparingTo("6.12");
        assertThat(tariffs.priceList(admin)).filteredOn(t -> t.serviceCode().equals("ELECTRICITY") && t.zone() == 1)
                .extracting(Tariff::validFrom, Tariff::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(today, today.plusDays(30)),
                        org.assertj.core.groups.Tuple.tuple(today.plusDays(30), null));
        AuditEntry entry = trail.page(admin, new AuditFilter(null, null, "tariff.set", null), null, 1).get(0);
        assertThat(entry.changes()).extracting(AuditEntry.Change::property, AuditEntry.Change::before, AuditEntry.Change::after)
                .contains(org.assertj.core.groups.Tuple.tuple("price", "5.6300", "6.1200"));
    }

    @Test
    void a_price_is_refused_field_by_field_for_a_past_day_a_zone_outside_the_schedule_and_a_negative_amount() {
        assertThatThrownBy(() -> tariffs.setPrice(admin, "ELECTRICITY", 4, new BigDecimal("-1"), today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("zone", "price", "validFrom"));
        assertThatThrownBy(() -> tariffs.setPrice(admin, "UPKEEP", 1, new BigDecimal("25.40"), today))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("tariff.fixed_has_no_zone"));
        assertThat(tariffs.setPrice(admin, "UPKEEP", 0, new BigDecimal("25.40"), today).zone()).isZero();
        assertThatThrownBy(() -> tariffs.setPrice(admin, "NO_SUCH", 1, BigDecimal.ONE, today)).isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void staff_without_the_organization_module_neither_read_nor_set_prices() {
        Viewer operator = fixture.staff("tariff-operator", Role.OPERATOR, "VOLGA");
        assertThatThrownBy(() -> tariffs.priceList(operator)).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> tariffs.setPrice(operator, "ELECTRICITY", 1, BigDecimal.ONE, today)).isInstanceOf(NoModuleException.class);
    }
}
