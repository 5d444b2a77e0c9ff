package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditEntry;
import io.meterhub.cabinet.audit.AuditFilter;
import io.meterhub.cabinet.audit.AuditTrail;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The control panel's customer directory against PostgreSQL: the search by each key, paged and within
 * the viewer's organization; the card with personal data masked; the customer's login created,
 * blocked and set by the emailed link; accounts of two organizations linked to one user.
 */
class CustomerDirectoryTest {
    private static Fixture fixture;
    private static Services services;
    private static CustomerDirectory directory;
    private static AuditTrail trail;
    private static final List<String> sentLinks = new ArrayList<>();
    private static Viewer volgaAdmin;
    private static Viewer otherAdmin;
    private static Viewer usersClerk;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("customer_directory");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        services = Services.of(fixture.dataSource, Clock.systemUTC());
        directory = services.customerDirectory((userId, link) -> sentLinks.add(link));
        trail = new AuditTrail(new JdbcAuditRepository(fixture.dataSource), new JdbcOrganizationRepository(fixture.dataSource), services.staffRights());
        volgaAdmin = fixture.staff("dir-volga-admin", Role.ADMIN, "VOLGA");
        otherAdmin = fixture.staff("dir-other-admin", Role.ADMIN, "OTHER");
        usersClerk = fixture.staff("dir-users-clerk", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(usersClerk.userId(), List.of("USERS"), volgaAdmin.userId());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** A holder without a login (as a data load makes them) with one account and one meter. */
    private static long[] holderWithAccount(String organizationId, String name, String number, String address, String serial) {
        long customerId = fixture.accounts.createCustomer(null, "INDIVIDUAL", name, "112-233-445 95", null, "+7 912 345-67-67", null);
        long accountId = fixture.accounts.createAccount(number, organizationId, customerId, address, LocalDate.of(2021, 3, 1));
        fixture.accounts.addService(accountId, "ELECTRICITY");
        fixture.accounts.createMeter(accountId, "ELECTRICITY", serial, "Меркурий 201", 2, 6, 1, null, LocalDate.of(2021, 3, 1));
        return new long[]{customerId, accountId};
    }

    @Test
    void the_search_finds_an_account_by_its_number_a_meter_serial_the_holders_name_and_the_address_and_shows_the_match() {
        long[] k = holderWithAccount("VOLGA", "Кузнецова Анна Петровна", "SRCH-7701", "Самара, ул. Черновская, 14", "MTR-55501");

        assertThat(directory.search(usersClerk, "srch-77", 0, 10).items()).singleElement().satisfies(m -> {
            assertThat(m.matchedBy()).isEqualTo(SearchKey.ACCOUNT_NUMBER);
            assertThat(m.matchedText()).isEqualTo("SRCH-7701");
            assertThat(m.customerId()).isEqualTo(k[0]);
            assertThat(m.holder()).isEqualTo("Кузнецова А. П.");
        });
        assertThat(directory.search(usersClerk, "MTR-555", 0, 10).items()).singleElement().satisfies(m -> {
            assertThat(m.matchedBy()).isEqualTo(SearchKey.METER_SERIAL);
            assertThat(m.matchedText()).isEqualTo("MTR-55501");
            assertThat(m.accountNumber()).isEqualTo("SRCH-7701");
        });
        assertThat(directory.search(usersClerk, "  кузнецова ", 0, 10).items()).singleElement().satisfies(m -> {
            assertThat(m.matchedBy()).isEqualTo(SearchKey.NAME);
            assertThat(m.matchedText()).isEqualTo("Кузнецова А. П.");
        });
        assertThat(directory.search(usersClerk, "черновская", 0, 10).items()).singleElement().satisfies(m -> {
            assertThat(m.matchedBy()).isEqualTo(SearchKey.ADDRESS);
            assertThat(m.address()).isEqualTo("Самара, ул. Черновская, 14");
        });
        // a LIKE wildcard in the query is a plain character
        assertThat(directory.search(usersClerk, "SRCH%", 0, 10).items()).isEmpty();
    }

    @Test
    void the_search_is_paged_and_a_too_short_query_finds_nothing() {
        for (int i = 1; i <= 5; i++) {
            holderWithAccount("VOLGA", "Пагинов " + i, "PAGE-" + i, "Тольятти, ул. Страничная, " + i, "PG-" + i);
        }
        SearchPage first = directory.search(usersClerk, "page-", 0, 2);
        assertThat(first.items()).extracting(CustomerMatch::accountNumber).containsExactly("PAGE-1", "PAGE-2");
        assertThat(first.more()).isTrue();
        assertThat(directory.search(usersClerk, "page-", 2, 2).items()).extracting(CustomerMatch::accountNumber).containsExactly("PAGE-3", "PAGE-4");
        SearchPage last = directory.search(usersClerk, "page-", 4, 2);
        assertThat(last.items()).extracting(CustomerMatch::accountNumber).containsExactly("PAGE-5");
        assertThat(last.more()).isFalse();
        // an account matched by two keys (address and name here) is listed once
        assertThat(directory.search(usersClerk, "страничная", 0, 50).items()).hasSize(5);
        assertThat(directory.search(usersClerk, "p", 0, 10).items()).isEmpty();
        assertThat(directory.search(usersClerk, "  ", 0, 10).items()).isEmpty();
    }

    @Test
    void another_organizations_customers_are_never_found_nor_opened() {
        long[] foreign = holderWithAccount("OTHER", "Чужой Олег Олегович", "FOREIGN-1", "Сызрань, ул. Чужая, 1", "FRG-1");
        assertThat(directory.search(volgaAdmin, "foreign-1", 0, 10).items()).isEmpty();
        assertThat(directory.search(volgaAdmin, "чужой", 0, 10).items()).isEmpty();
        assertThat(directory.search(otherAdmin, "foreign-1", 0, 10).items()).hasSize(1);
        assertThatThrownBy(() -> directory.card(volgaAdmin, foreign[0])).isInstanceOf(AccessDeniedException.class).hasMessage("No such customer");
        assertThatThrownBy(() -> directory.card(volgaAdmin, 999_999)).isInstanceOf(AccessDeniedException.class).hasMessage("No such customer");
        assertThatThrownBy(() -> directory.blockLogin(volgaAdmin, foreign[0], "чужой")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.unlinkAccount(volgaAdmin, foreign[1])).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_without_users_or_manual_editing_and_customers_are_refused() {
        Viewer bare = fixture.staff("dir-bare", Role.OPERATOR, "VOLGA");
        long[] k = holderWithAccount("VOLGA", "Отказов Иван", "DENY-1", "Самара, ул. Запретная, 1", "DNY-1");
        assertThatThrownBy(() -> directory.search(bare, "deny-1", 0, 10)).isInstanceOf(NoModuleException.class)
                .hasMessage("This needs the module \"Users\"");
        assertThatThrownBy(() -> directory.card(bare, k[0])).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> directory.createLogin(bare, k[0], new NewLogin("deny-login", "deny@example.ru")))
                .isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> directory.linkAccount(bare, k[1], "anyone")).isInstanceOf(NoModuleException.class);
        // manual editing reaches the card to edit what is on it, and nothing of the login
        Viewer editor = fixture.staff("dir-editor", Role.OPERATOR, "VOLGA");
        new JdbcStaffRepository(fixture.dataSource).setModules(editor.userId(), List.of("MANUAL_EDITING"), volgaAdmin.userId());
        assertThat(directory.search(editor, "deny-1", 0, 10).items()).hasSize(1);
        assertThat(directory.card(editor, k[0]).accounts()).hasSize(1);
        assertThatThrownBy(() -> directory.blockLogin(editor, k[0], "причина")).isInstanceOf(NoModuleException.class);
        assertThatThrownBy(() -> directory.linkAccount(editor, k[1], "anyone")).isInstanceOf(NoModuleException.class);
        Viewer customer = fixture.customer("dir-customer").viewer();
        assertThatThrownBy(() -> directory.search(customer, "deny-1", 0, 10)).isInstanceOf(NoModuleException.class);
    }

    @Test
    void the_card_shows_personal_data_masked_the_accounts_meters_and_balance_and_the_login() {
        long[] k = holderWithAccount("VOLGA", "Маскова Мария Ивановна", "CARD-1", "Самара, ул. Карточная, 2", "CRD-1");
        CustomerCard card = directory.card(usersClerk, k[0]);
        assertThat(card.name()).isEqualTo("Маскова Мария Ивановна");
        assertThat(card.snils()).isEqualTo("***-***-445 95");
        assertThat(card.phone()).isEqualTo("+7 *** ***-**-67");
        assertThat(card.loginStatus()).isEqualTo(LoginStatus.NONE);
        assertThat(card.accounts()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo("CARD-1");
            assertThat(a.organizationName()).isEqualTo("Org VOLGA");
            assertThat(a.services()).containsExactly("ELECTRICITY");
            assertThat(a.meters()).extracting(CustomerCard.Meter::serial).containsExactly("CRD-1");
            assertThat(a.balance()).isEqualByComparingTo("0.00");
        });
        assertThat(card.toString()).doesNotContain("112-233-445 95", "912 345");
    }

    @Test
    void a_login_made_for_a_customer_is_set_by_the_emailed_link_and_a_blocked_customer_cannot_log_in() {
        long[] k = holderWithAccount("VOLGA", "Логинова Ольга", "LOGIN-1", "Самара, ул. Входная, 3", "LGN-1");
        sentLinks.clear();
        assertThatThrownBy(() -> directory.createLogin(usersClerk, k[0], new NewLogin("loginova", "not-an-email")))
                .isInstanceOf(InvalidFieldsException.class);
        CustomerCard card = directory.createLogin(usersClerk, k[0], new NewLogin("loginova", "loginova@mail.ru"));
        assertThat(card.loginStatus()).isEqualTo(LoginStatus.ACTIVE);
        assertThat(card.login()).isEqualTo("loginova");
        assertThat(card.email()).isEqualTo("l***@mail.ru");
        assertThatThrownBy(() -> directory.createLogin(usersClerk, k[0], new NewLogin("loginova2", "x@mail.ru")))
                .hasMessage("The customer has a login already");

        assertThat(sentLinks).singleElement().asString().startsWith(Logins.RESET_ROUTE);
        String token = sentLinks.get(0).substring(Logins.RESET_ROUTE.length());
        services.logins((u, l) -> true).resetPassword(token, "loginova-secret");
        assertThat(fixture.users.authenticate("loginova", "loginova-secret")).isPresent();
        // the customer sees their account
        long userId = fixture.users.findByLogin("loginova").orElseThrow().id();
        assertThat(services.access().accounts(Viewer.customer(userId))).extracting(a -> a.number()).containsExactly("LOGIN-1");

        assertThatThrownBy(() -> directory.blockLogin(usersClerk, k[0], " ")).isInstanceOf(InvalidFieldsException.class);
        card = directory.blockLogin(usersClerk, k[0], "просьба владельца");
        assertThat(card.loginStatus()).isEqualTo(LoginStatus.BLOCKED);
        assertThat(fixture.users.authenticate("loginova", "loginova-secret")).isEmpty();
        assertThat(services.logins((u, l) -> true).sessionValid(userId, java.time.Instant.now().minusSeconds(5))).isFalse();

        card = directory.unblockLogin(usersClerk, k[0]);
        assertThat(card.loginStatus()).isEqualTo(LoginStatus.ACTIVE);
        assertThat(fixture.users.authenticate("loginova", "loginova-secret")).isPresent();
        assertThat(directory.sendPasswordLink(usersClerk, k[0])).isTrue();

        List<AuditEntry> entries = trail.page(volgaAdmin, new AuditFilter(null, null, null, "loginova"), null, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("customer.unblock", "customer.block", "customer.login_create");
        assertThat(entries.get(1).reason()).isEqualTo("просьба владельца");
        assertThat(entries).allSatisfy(e -> assertThat(e.before() + " " + e.after()).doesNotContain("loginova@mail.ru", "112-233-445 95",
                "11223344595", "912 345", "loginova-secret"));
    }

    @Test
    void a_user_holds_accounts_of_two_organizations_and_each_organizations_staff_see_only_their_own() {
        long[] volga = holderWithAccount("VOLGA", "Двойнов Пётр", "TWO-V1", "Самара, ул. Двойная, 1", "TWV-1");
        long[] other = holderWithAccount("OTHER", "Двойнов Пётр", "TWO-O1", "Сызрань, ул. Двойная, 1", "TWO-1");
        long userId = fixture.users.create(new io.meterhub.cabinet.users.NewUser("dvoynov", "dvoynov-secret", Role.CUSTOMER, "Двойнов", "ru",
                null));
        Viewer user = Viewer.customer(userId);
        assertThat(services.access().accounts(user)).isEmpty();

        CustomerCard volgaCard = directory.linkAccount(volgaAdmin, volga[1], "dvoynov");
        CustomerCard otherCard = directory.linkAccount(otherAdmin, other[1], "Dvoynov");
        assertThat(volgaCard.id()).isEqualTo(otherCard.id());
        assertThat(services.access().accounts(user)).extracting(a -> a.number()).containsExactlyInAnyOrder("TWO-V1", "TWO-O1");
        assertThat(volgaCard.accounts()).extracting(CustomerCard.Account::number).containsExactly("TWO-V1");
        assertThat(otherCard.accounts()).extracting(CustomerCard.Account::number).containsExactly("TWO-O1");
        assertThat(directory.card(volgaAdmin, volgaCard.id()).loginStatus()).isEqualTo(LoginStatus.ACTIVE);
        // neither may take the other's account
        assertThatThrownBy(() -> directory.unlinkAccount(volgaAdmin, other[1])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.linkAccount(volgaAdmin, volga[1], "dvoynov")).hasMessage("The account is already linked to dvoynov");
        assertThatThrownBy(() -> directory.linkAccount(volgaAdmin, volga[1], "dir-volga-admin")).isInstanceOf(InvalidFieldsException.class);

        CustomerCard unlinked = directory.unlinkAccount(volgaAdmin, volga[1]);
        assertThat(unlinked.loginStatus()).isEqualTo(LoginStatus.NONE);
        assertThat(unlinked.name()).isEqualTo("Двойнов Пётр");
        assertThat(services.access().accounts(user)).extracting(a -> a.number()).containsExactly("TWO-O1");
        // the user's card is out of VOLGA's reach now: no account of VOLGA is theirs
        assertThatThrownBy(() -> directory.card(volgaAdmin, volgaCard.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(trail.page(volgaAdmin, new AuditFilter(null, null, "account.link", null), null, 10)).hasSize(1);
        assertThat(trail.page(volgaAdmin, new AuditFilter(null, null, "account.unlink", null), null, 10)).singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting(AuditEntry.Change::property).contains("holder", "login"));
    }
}
