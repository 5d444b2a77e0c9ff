package io.meterhub.demo;

import io.meterhub.cabinet.accountaccess.AccessKind;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accountaccess.Delegations;
import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountMeterRow;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.billing.BillingRun;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.ledger.EntryRow;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.NewReading;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.cabinet.staff.NewStaff;
import io.meterhub.cabinet.tariffs.TariffService;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.tariffs.JdbcTariffRepository;
import io.meterhub.storage.cabinet.telemetry.JdbcTelemetryRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Fills a realistic demo the way a utility would fill its own cabinet: a grid company and a housing utility
 * with requisites, each with its administrator, who creates the operators with their modules; tariffs for the
 * last 13 months with a price change on 1 July; accounts, services and meters loaded through the control
 * panel's data loading from the files in {@code load/} (kept in the repository in the templates' format, the
 * fleet's smart meters filled in), a year of meter readings and the payments loaded the same way, twelve
 * monthly billing runs leaving debts; customers of every kind sign up and the operators link their accounts;
 * two readings wait for review; the grid company's coverage map has three service areas; the grid company publishes an
 * announcement and an outage at ivanov's street (DemoNotices).
 */
public final class CabinetSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(CabinetSeeder.class);
    public static final String HOUSING = "UK_UYUTNY_DOM";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The demo's plain meters' consumption per month and zone, by serial (in {@code load/*-meters.csv}). */
    private static final Map<String, String[]> MONTHLY = Map.of(
            "41873302", new String[] {"60", "90", "110"},
            "27714096", new String[] {"140", "70"},
            "58120447", new String[] {"420", "610", "380"},
            "63390218", new String[] {"900", "1300", "700"},
            "19045538", new String[] {"4.5"},
            "19045612", new String[] {"2.8"},
            "32260981", new String[] {"3.9"});
    private static final String OFFICE_METER = "63390218";

    private final DataSource dataSource;
    private final Clock clock;
    private final AccountRepository accounts;
    private final UserService users;
    private final TariffService tariffs;
    private final ManualReadingRepository readings;
    private final NotificationRepository contacts;
    private final ControlPanelAssembly controlPanel;
    private final DemoLoad loads;
    private final Random random = new Random(42);

    public CabinetSeeder(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.accounts = new JdbcAccountRepository(dataSource);
        this.users = new UserService(new JdbcUserRepository(dataSource));
        this.readings = new JdbcManualReadingRepository(dataSource);
        this.tariffs = new TariffService(new JdbcTariffRepository(dataSource), new AccessPolicy(accounts, readings, new JdbcAccountAccessRepository(dataSource), clock));
        this.contacts = new JdbcNotificationRepository(dataSource);
        this.controlPanel = ControlPanelAssembly.of(dataSource, clock);
        this.loads = new DemoLoad(controlPanel.loading());
    }

    /**
     * @param gridOrganizationId the grid company; when telemetry already registered it (the demo's fleet), its calendar is kept
     * @param telemetryMeterIds  smart meters to put on customers' accounts (up to three are used; may be empty); each must
     *                           be registered to the grid company already, as the meters' load checks it
     */
    public SeedReport seed(String gridOrganizationId, List<String> telemetryMeterIds) {
        List<SeedReport.SeedLogin> logins = new ArrayList<>();
        if (users.findByLogin("ivanov").isPresent()) {
            LOG.info("cabinet demo data is there already");
            return new SeedReport(gridOrganizationId, HOUSING, logins);
        }
        // the service operator opens the two tenants' cabinets with their requisites and administrators
        Optional<OrganizationRow> existing = accounts.organization(gridOrganizationId);
        ZoneId zone = existing.map(OrganizationRow::timeZone).orElse(ZoneId.of("Europe/Samara"));
        accounts.saveOrganization(new OrganizationRow(gridOrganizationId, "Волжская сетевая компания", "GRID_COMPANY", zone,
                existing.map(OrganizationRow::zoneSchedule).orElse(TariffZoneSchedule.THREE_ZONES), "ПАО «Волжская сетевая компания»",
                "6316186232", "631601001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607", "40702810154400012345",
                "+7 846 300-00-00", 15, 25));
        accounts.saveOrganization(new OrganizationRow(HOUSING, "УК Уютный дом", "SERVICE_PROVIDER", zone, TariffZoneSchedule.SINGLE_ZONE,
                "ООО «УК Уютный дом»", "6319215470", "631901001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607",
                "40702810754400054321", "+7 846 222-33-44", 20, 26));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        seedTariffs(gridOrganizationId, today);
        DemoFeeRates.seed(dataSource, gridOrganizationId);

        Viewer gridAdmin = administrator("admin", "grid-chief-42", "Администратор Волжской СК", gridOrganizationId, logins);
        Viewer housingAdmin = administrator("uk-admin", "grid-chief-42", "Администратор УК Уютный дом", HOUSING, logins);
        // operators hold the modules of their daily work; properties and staff stay with the administrators
        Viewer operator = operator(gridAdmin, "operator", "Оператор Волжской СК", EnumSet.of(StaffModule.APPEALS, StaffModule.DATA_LOADING,
                StaffModule.MANUAL_EDITING, StaffModule.READINGS, StaffModule.REGISTRY, StaffModule.USERS), logins);
        Viewer housingOperator = operator(housingAdmin, "uk-operator", "Оператор УК Уютный дом", EnumSet.of(StaffModule.DATA_LOADING,
                StaffModule.READINGS, StaffModule.REGISTRY, StaffModule.USERS), logins);
        HelpSeeder.seed(dataSource, clock, gridAdmin);
        // the grid company's operator is on duty: HIGH anomalies of the demo's fleet reach their bell
        contacts.setOnDuty(operator.userId(), true);

        Map<String, String> smart = new HashMap<>();
        for (int i = 1; i <= 3; i++) {
            smart.put("smart-meter-" + i, telemetryMeterIds.size() >= i ? telemetryMeterIds.get(i - 1) : "");
        }
        loads.apply(operator, LoadKind.ACCOUNTS, "абоненты-сетевой-компании.csv", DemoLoad.file("grid-accounts.csv", Map.of()));
        loads.apply(operator, LoadKind.METERS, "приборы-сетевой-компании.csv", DemoLoad.file("grid-meters.csv", smart));
        loads.apply(housingOperator, LoadKind.ACCOUNTS, "абоненты-УК.csv", DemoLoad.file("housing-accounts.csv", Map.of()));
        loads.apply(housingOperator, LoadKind.METERS, "приборы-УК.csv", DemoLoad.file("housing-meters.csv", Map.of()));
        loads.apply(operator, LoadKind.READINGS, "показания-сетевой-компании.csv", readingsHistory(gridOrganizationId, today));
        loads.apply(housingOperator, LoadKind.READINGS, "показания-УК.csv", readingsHistory(HOUSING, today));

        // the customers sign up in the cabinet; the operators link their accounts to them
        customer("ivanov", "ivan-meter-42", new ProfileForm(ApplicantCategory.INDIVIDUAL, "Иванов Иван Иванович", null, "112-233-445 95", null,
                null, "+7 927 123-45-67", "ivanov@example.ru", null), logins, Map.of("6300123456", operator, "УД-000101", housingOperator));
        customer("petrova", "anna-meter-42", new ProfileForm(ApplicantCategory.INDIVIDUAL, "Петрова Анна Сергеевна", null, "123-456-789 64", null,
                null, "+7 917 765-43-21", "petrova@example.ru", null), logins, Map.of("6300234567", operator, "УД-000102", housingOperator));
        customer("sidorov", "petr-shop-42", new ProfileForm(ApplicantCategory.SOLE_PROPRIETOR, "Сидоров Пётр Алексеевич", null, null,
                "631234567811", "304631600012342", "+7 937 555-12-34", "sidorov@example.ru", null), logins, Map.of("6300345678", operator));
        customer("romashka", "office-meter-42", new ProfileForm(ApplicantCategory.LEGAL_ENTITY, "Смирнов Алексей Викторович", "ООО «Ромашка»",
                null, "6311012345", "1026300123453", "+7 846 999-88-77", "romashka@example.ru", null), logins, Map.of("6300456789", operator));

        // Ivanov lets Petrova, his neighbour, hand in the readings of his electricity meter: the delegations page has content on both sides
        delegations().grant(Viewer.customer(userId("ivanov")), account(gridOrganizationId, "6300123456").id(), "petrova", AccessKind.READINGS,
                today.plusYears(1));

        new VisitSeeder(dataSource, clock).seed(gridAdmin, housingAdmin, Viewer.customer(userId("ivanov")),
                account(gridOrganizationId, "6300123456").id(), today);

        // a year of monthly billing; payments for all but the newest months leave debts
        YearMonth current = YearMonth.from(today);
        LedgerRepository entries = new JdbcLedgerRepository(dataSource);
        BillingRun billing = new BillingRun(accounts, readings, new JdbcTelemetryRepository(dataSource), entries, tariffs);
        Map<String, StringBuilder> payments = new HashMap<>();
        long ivanovsPower = account(gridOrganizationId, "6300123456").id();
        long office = account(gridOrganizationId, "6300456789").id();
        int paid = 0;
        for (int back = 12; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            billing.run(gridOrganizationId, month);
            billing.run(HOUSING, month);
            for (EntryRow charge : entries.entriesBySource(BillingRun.source(month))) {
                boolean unpaid = back == 1 || (back == 2 && (charge.accountId() == ivanovsPower || charge.accountId() == office));
                if (!unpaid && charge.amount().signum() > 0) {
                    BigDecimal amount = charge.accountId() == office && back == 3
                            ? charge.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : charge.amount();
                    AccountRow account = accounts.account(charge.accountId()).orElseThrow();
                    payments.computeIfAbsent(account.organizationId(), o -> new StringBuilder(
                                    "Лицевой счёт;Услуга;Дата оплаты;Сумма;Платёжный документ\n"))
                            .append(String.join(";", account.number(), charge.serviceCode(), DAY.format(month.atDay(Math.min(25,
                                    month.lengthOfMonth()))), decimal(amount), "ДЕМО-" + String.format("%06d", ++paid))).append('\n');
                }
            }
        }
        Optional.ofNullable(payments.get(gridOrganizationId)).ifPresent(file -> loads.apply(operator, LoadKind.PAYMENTS,
                "оплаты-сетевой-компании.csv", file.toString()));
        Optional.ofNullable(payments.get(HOUSING)).ifPresent(file -> loads.apply(housingOperator, LoadKind.PAYMENTS, "оплаты-УК.csv",
                file.toString()));
        waitingForReview(gridOrganizationId, today);
        DemoCoverage.seed(dataSource, clock, gridAdmin);
        DemoNotices.seed(dataSource, clock, gridAdmin);
        DemoWriteOffs.seed(dataSource, clock, operator, office);
        LOG.info("cabinet demo seeded: {} logins, {} payments", logins.size(), paid);
        return new SeedReport(gridOrganizationId, HOUSING, logins);
    }

    /**
     * Two readings waiting for an operator: an office meter's jump and a water meter's. They are customers'
     * submissions, written as such because the submission window the cabinet enforces is closed on most days
     * the demo starts.
     */
    private void waitingForReview(String grid, LocalDate today) {
        long officeMeter = meter(grid, "6300456789", OFFICE_METER).id();
        List<NewReading> jump = new ArrayList<>();
        for (int z = 1; z <= 3; z++) {
            BigDecimal lastZ = readings.lastAccepted(officeMeter, z).orElseThrow().value();
            jump.add(new NewReading(officeMeter, z, lastZ.add(new BigDecimal(z == 1 ? "9500.0" : "1200.0")), today, clock.instant(),
                    userId("romashka"), z == 1 ? "UNDER_REVIEW" : "ACCEPTED", z == 1 ? "JUMP" : null, false));
        }
        readings.insertAll(jump, false);
        long water = meter(HOUSING, "УД-000102", "32260981").id();
        BigDecimal lastWater = readings.lastAccepted(water, 1).orElseThrow().value();
        readings.insertAll(List.of(new NewReading(water, 1, lastWater.add(new BigDecimal("95.000")), today, clock.instant(),
                userId("petrova"), "UNDER_REVIEW", "JUMP", false)), false);
    }

    /** Thirteen months of readings on the 20th for the organization's meters without telemetry, growing by about their monthly consumption. */
    private String readingsHistory(String organization, LocalDate today) {
        StringBuilder file = new StringBuilder("Лицевой счёт;Заводской номер;Зона;Показание;Дата показания\n");
        for (AccountRow account : accounts.accountsOfOrganization(organization)) {
            for (AccountMeterRow meter : accounts.metersOfAccount(account.id())) {
                String[] monthly = MONTHLY.get(meter.serial());
                if (monthly == null || meter.telemetryMeterId() != null) {
                    continue;
                }
                BigDecimal[] value = new BigDecimal[monthly.length];
                for (int z = 0; z < monthly.length; z++) {
                    value[z] = BigDecimal.valueOf(1000 + random.nextInt(5000)).setScale(meter.decimals());
                }
                for (int back = 13; back >= 1; back--) {
                    LocalDate day = YearMonth.from(today).minusMonths(back).atDay(20);
                    for (int z = 0; z < monthly.length; z++) {
                        double factor = 0.8 + random.nextDouble() * 0.4;
                        value[z] = value[z].add(new BigDecimal(monthly[z]).multiply(BigDecimal.valueOf(factor)))
                                .setScale(meter.decimals(), RoundingMode.HALF_UP);
                        file.append(String.join(";", account.number(), meter.serial(), Integer.toString(z + 1), decimal(value[z]),
                                DAY.format(day))).append('\n');
                    }
                }
            }
        }
        return file.toString();
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private void seedTariffs(String grid, LocalDate today) {
        LocalDate start = YearMonth.from(today).minusMonths(13).atDay(1);
        LocalDate july = LocalDate.of(today.getYear(), 7, 1);
        if (july.isAfter(today)) {
            july = july.minusYears(1);
        }
        price(grid, "ELECTRICITY", 1, "7.12", "7.58", start, july);
        price(grid, "ELECTRICITY", 2, "5.48", "5.83", start, july);
        price(grid, "ELECTRICITY", 3, "3.21", "3.42", start, july);
        price(HOUSING, "COLD_WATER", 1, "48.20", "51.30", start, july);
        price(HOUSING, "HOT_WATER", 1, "212.40", "226.10", start, july);
        price(HOUSING, "UPKEEP", 0, "2150.00", "2290.00", start, july);
        price(HOUSING, "WASTE", 0, "540.00", "575.00", start, july);
    }

    private void price(String organization, String service, int zone, String before, String after, LocalDate start, LocalDate change) {
        tariffs.addPrice(organization, service, zone, new BigDecimal(before), start.isBefore(change) ? start : change.minusYears(1));
        tariffs.addPrice(organization, service, zone, new BigDecimal(after), change);
    }

    private Viewer administrator(String login, String password, String name, String organization, List<SeedReport.SeedLogin> logins) {
        users.create(new NewUser(login, password, Role.ADMIN, name, "ru", organization));
        DemoSecondFactors.enrol(dataSource, clock, users.findByLogin(login).orElseThrow());
        logins.add(new SeedReport.SeedLogin(login, password, Role.ADMIN.name(), name, List.of("организация " + organization,
                DemoSecondFactors.note(login))));
        return users.findByLogin(login).map(UserAccount::viewer).orElseThrow();
    }

    /** A staff user the administrator creates in the control panel, with the demo's password for it. */
    private Viewer operator(Viewer admin, String login, String name, Set<StaffModule> modules, List<SeedReport.SeedLogin> logins) {
        String password = "grid-duty-42";
        controlPanel.staff().create(admin, new NewStaff(login, name, login + "@example.ru", password, modules));
        DemoSecondFactors.enrol(dataSource, clock, users.findByLogin(login).orElseThrow());
        logins.add(new SeedReport.SeedLogin(login, password, Role.OPERATOR.name(), name, List.of("организация " + admin.organizationId(),
                DemoSecondFactors.note(login))));
        return users.findByLogin(login).map(UserAccount::viewer).orElseThrow();
    }

    /** A customer signs up with their profile; then the operator of each organization links the customer's account there. */
    private void customer(String login, String password, ProfileForm profile, List<SeedReport.SeedLogin> logins, Map<String, Viewer> linkedBy) {
        long userId = controlPanel.registration().signUp(new SignUp(login, password, "ru", profile));
        contacts.setContacts(userId, profile.email(), "+" + profile.phone().replaceAll("\\D", ""));
        List<String> held = new ArrayList<>();
        linkedBy.forEach((number, staff) -> {
            AccountRow account = account(staff.organizationId(), number);
            controlPanel.customers().linkAccount(staff, account.id(), login);
            held.add("лицевой счёт " + number + " (" + staff.organizationId() + "), " + account.address());
            for (AccountMeterRow meter : accounts.metersOfAccount(account.id())) {
                held.add("  прибор " + meter.model() + " №" + meter.serial() + " (" + meter.serviceCode() + ", зон: " + meter.zones()
                        + (meter.telemetryMeterId() == null ? ")" : ", телеметрия " + meter.telemetryMeterId() + ")"));
            }
        });
        logins.add(new SeedReport.SeedLogin(login, password, profile.category().name(), users.findByLogin(login).orElseThrow().displayName(),
                held));
    }

    private Delegations delegations() {
        AccountAccessRepository grants = new JdbcAccountAccessRepository(dataSource);
        return new Delegations(grants, accounts, new AccessPolicy(accounts, readings, grants, clock), clock);
    }

    private AccountRow account(String organization, String number) {
        return accounts.accountByNumber(organization, number).orElseThrow(() -> new IllegalStateException("the demo's account " + number
                + " was not loaded"));
    }

    private AccountMeterRow meter(String organization, String number, String serial) {
        return accounts.metersOfAccount(account(organization, number).id()).stream().filter(m -> m.serial().equals(serial)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo's meter " + serial + " was not loaded"));
    }

    private long userId(String login) {
        return users.findByLogin(login).orElseThrow().id();
    }
}
