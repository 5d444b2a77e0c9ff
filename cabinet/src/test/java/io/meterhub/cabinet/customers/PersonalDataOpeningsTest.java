package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff open a customer's masked data only with a reason the audit log keeps; the customer sees who did, and nobody of another organization can. */
class PersonalDataOpeningsTest {
    private static Fixture fixture;
    private static PersonalDataOpenings openings;
    private static CustomerDirectory directory;
    private static Viewer clerk;
    private static Viewer otherAdmin;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("personal_data_openings");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        Services services = Services.of(fixture.dataSource, Clock.systemUTC());
        openings = services.personalDataOpenings();
        directory = services.customerDirectory((userId, link) -> false);
        Viewer admin = fixture.staff("pd-volga-admin", Role.ADMIN, "VOLGA");
        clerk = fixture.staff("pd-clerk", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(clerk.userId(), List.of("USERS"), admin.userId());
        otherAdmin = fixture.staff("pd-other-admin", Role.ADMIN, "OTHER");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static Fixture.Person holder(String login) {
        Fixture.Person person = fixture.customer(login);
        fixture.accounts.createAccount("PD-" + login, "VOLGA", person.customerId(), "Самара, ул. Ленина, 1", LocalDate.of(2022, 1, 1));
        return person;
    }

    @Test
    void the_card_is_masked_and_opening_it_with_a_reason_gives_the_values_and_tells_the_customer_who_when_and_why() {
        Fixture.Person ivanov = holder("pd-ivanov");
        assertThat(directory.card(clerk, ivanov.customerId()).snils()).isEqualTo("***-***-445 95");

        PersonalDataOpenings.PersonalData data = openings.open(clerk, ivanov.customerId(), "  Сверка данных по заявлению от 03.12  ");

        assertThat(data.snils()).isEqualTo("112-233-445 95");
        assertThat(data.phone()).endsWith("-67").doesNotContain("*");
        assertThat(data.toString()).doesNotContain("445").doesNotContain("912");
        String entry = Jdbc.one(fixture.dataSource, "SELECT actor_login || ' | ' || action || ' | ' || record_id || ' | ' || reason || ' | ' || after::text "
                + "FROM audit_entry WHERE action = ? ORDER BY id DESC LIMIT 1", r -> r.getString(1), PersonalDataOpenings.ACTION).orElseThrow();
        assertThat(entry).startsWith("pd-clerk | customer.personal_data_open | " + ivanov.customerId() + " | Сверка данных по заявлению от 03.12 | ")
                .contains("snils").doesNotContain("445").doesNotContain("912");

        assertThat(openings.ofMine(ivanov.viewer())).singleElement().satisfies(o -> {
            assertThat(o.staffLogin()).isEqualTo("pd-clerk");
            assertThat(o.organizationName()).isEqualTo("Org VOLGA");
            assertThat(o.reason()).isEqualTo("Сверка данных по заявлению от 03.12");
            assertThat(o.at()).isNotNull();
        });
        assertThat(openings.ofMine(holder("pd-petrov").viewer())).as("another customer's openings are not theirs").isEmpty();
    }

    @Test
    void without_a_reason_without_the_module_or_from_another_organization_nothing_opens_and_nothing_is_recorded() {
        Fixture.Person sidorov = holder("pd-sidorov");
        Viewer bare = fixture.staff("pd-bare", Role.OPERATOR, "VOLGA");

        assertThatThrownBy(() -> openings.open(clerk, sidorov.customerId(), " ок ")).isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(() -> openings.open(bare, sidorov.customerId(), "Проверка договора")).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> openings.open(otherAdmin, sidorov.customerId(), "Проверка договора"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("No such customer");

        assertThat(openings.ofMine(sidorov.viewer())).isEmpty();
    }
}
