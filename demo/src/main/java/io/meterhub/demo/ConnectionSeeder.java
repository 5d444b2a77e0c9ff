package io.meterhub.demo;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.CalculatedOffer;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionKind;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.DocumentContent;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.NewDocument;
import io.meterhub.cabinet.connection.ObjectKind;
import io.meterhub.cabinet.connection.ObjectStep;
import io.meterhub.cabinet.connection.PaperApplicant;
import io.meterhub.cabinet.connection.PowerStep;
import io.meterhub.cabinet.connection.ReliabilityCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.cabinet.organizations.OrganizationProfile;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.staff.NewStaff;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grid connection part of the demo, run after {@link CabinetSeeder}: a
 * supplier (гарантирующий поставщик) with a staff login {@code supplier / supply-desk-42}, the demo
 * customers' profiles completed (valid check digits, phones confirmed) and a few applications in
 * different states, taken through the real workflow on dates in the past so that their history and
 * deadlines are what the service computes (one of them overdue).
 */
public final class ConnectionSeeder {
    public static final String SUPPLIER = "SAMARA_SUPPLY";
    public static final String SUPPLIER_LOGIN = "supplier";
    public static final String SUPPLIER_PASSWORD = "supply-desk-42";
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSeeder.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ProductionCalendar calendar;
    private final ApplicantNotifier notifier;
    private final UserService users;
    private final AccountRepository organizations;
    private final ControlPanelAssembly controlPanel;

    public ConnectionSeeder(DataSource dataSource, Clock clock, ProductionCalendar calendar, ApplicantNotifier notifier) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.calendar = calendar;
        this.notifier = notifier;
        this.users = new UserService(new JdbcUserRepository(dataSource));
        this.organizations = new JdbcAccountRepository(dataSource);
        this.controlPanel = ControlPanelAssembly.of(dataSource, clock);
    }

    /**
     * Seeds once (nothing when the supplier's login exists). Expects the cabinet demo's customers
     * ivanov, petrova, sidorov and romashka and its operator; those missing are skipped.
     *
     * @return the logins it made, for the demo's printout
     */
    public List<SeedReport.SeedLogin> seed(String gridOrganizationId) {
        List<SeedReport.SeedLogin> logins = new ArrayList<>();
        if (users.findByLogin(SUPPLIER_LOGIN).isPresent()) {
            LOG.info("connection demo data is there already");
            return logins;
        }
        ZoneId zone = organizations.organization(gridOrganizationId).map(OrganizationRow::timeZone).orElse(ZoneId.of("Europe/Samara"));
        // the grid company's administrator creates the supplier's cabinet and its login in the control panel
        Viewer admin = users.findByLogin("admin").map(UserAccount::viewer)
                .orElseThrow(() -> new IllegalStateException("the connection demo needs the cabinet demo's administrator"));
        controlPanel.organizations().createSubOrganization(admin, gridOrganizationId, new OrganizationProfile(SUPPLIER, null,
                "Самарская энергосбытовая компания", OrganizationKind.SUPPLIER, zone.getId(), "T1 00-24", "ПАО «Самарская энергосбытовая компания»",
                "6315222985", "631501001", null, "Самара, ул. Маяковского, 15", "+7 846 340-00-00", null, null, "Поволжский банк ПАО Сбербанк",
                "043601607", "30101810200000000607", "40702810554400011111", 15, 25));
        controlPanel.staff().createSupplierUser(admin, SUPPLIER, new NewStaff(SUPPLIER_LOGIN, "Сотрудник Самарской энергосбытовой", null,
                SUPPLIER_PASSWORD, java.util.Set.of()));
        DemoSecondFactors.enrol(dataSource, clock, users.findByLogin(SUPPLIER_LOGIN).orElseThrow());
        logins.add(new SeedReport.SeedLogin(SUPPLIER_LOGIN, SUPPLIER_PASSWORD, Role.SUPPLIER.name(), "Сотрудник Самарской энергосбытовой",
                List.of("гарантирующий поставщик " + SUPPLIER + ": заявки на присоединение, выбравшие его", DemoSecondFactors.note(SUPPLIER_LOGIN))));

        completeDemoProfiles();
        Optional<Viewer> operator = users.findByLogin("operator").map(UserAccount::viewer);
        if (operator.isEmpty()) {
            LOG.warn("no demo operator: connection applications not seeded");
            return logins;
        }
        Viewer staff = operator.get();
        customer("ivanov").ifPresent(v -> {
            // a house: filed 12 days ago, taken into review, the offer overdue in a few days' time
            long id = filed(v, gridOrganizationId, 12, "Самарская обл., Волжский р-н, п. Смышляевка, ул. Садовая, д. 14",
                    "63:17:0302005:1187", ObjectKind.HOUSE, "15", VoltageLevel.LV_0_4);
            at(10).workflow().startReview(staff, id);
            at(9).messages().writeMessage(v, id, "Подскажите, нужен ли выезд на участок?", List.of());
            at(8).messages().writeMessage(staff, id, "Да, инженер свяжется с вами для согласования даты осмотра.", List.of());
            // a garden house: a draft half filled
            long draft = service(clock).form().createDraft(v, gridOrganizationId).summary().id();
            service(clock).form().saveObject(v, draft, new ObjectStep("Самарская обл., с. Николаевка, СНТ «Ромашка», уч. 51", "63:26:1803011:412",
                    ObjectKind.GARDEN_HOUSE));
        });
        customer("petrova").ifPresent(v -> {
            // filed 40 days ago and asked for the plan; she has not answered: overdue on her side
            long id = filed(v, gridOrganizationId, 40, "г. Самара, пос. Управленческий, ул. Крайняя, д. 7", "63:01:0116003:55",
                    ObjectKind.GARAGE, "5", VoltageLevel.LV_0_4);
            at(39).workflow().requestDocuments(staff, id, "План расположения не читается: загрузите, пожалуйста, скан в лучшем качестве.");
            // a paper application the office registered in her name yesterday: hers to confirm before staff get her full data
            at(1).form().registerPaper(staff, new PaperApplicant("petrova", null));
        });
        customer("sidorov").ifPresent(v -> {
            // a shop's increase: conditions and contract offered yesterday, waiting for his signature
            long id = filed(v, gridOrganizationId, 15, "г. Самара, пр. Кирова, д. 24, пом. 2", "63:01:0240001:2210", ObjectKind.SHOP, "40",
                    VoltageLevel.LV_0_4, new BigDecimal("15"));
            at(13).workflow().startReview(staff, id);
            DocumentContent conditions = at(2).workflow().draftTechnicalConditions(staff, id);
            at(2).documents().attach(staff, id, new NewDocument(DocumentKind.TECHNICAL_CONDITIONS, conditions.fileName(), conditions.bytes()));
            at(1).workflow().offer(staff, id);
        });
        customer("romashka").ifPresent(v -> {
            // an office building, submitted today
            filed(v, gridOrganizationId, 0, "г. Самара, ул. Гагарина, д. 96", "63:01:0513005:88", ObjectKind.OFFICE, "120", VoltageLevel.MV_6_10);
        });
        // a paper application of a person without a login, brought to the office: signed and paid on paper, works under way
        ApplicationDetail paper = at(60).form().registerPaper(staff, new PaperApplicant(null, new ProfileForm(
                io.meterhub.cabinet.connectionfee.ApplicantCategory.INDIVIDUAL, "Орлова Галина Петровна", null, "123-456-789 64", null, null,
                "+7 927 700-10-20", null, null)));
        long paperId = paper.summary().id();
        fill(at(60), staff, paperId, "Самарская обл., с. Воскресенка, ул. Луговая, д. 3", "63:26:1803011:1234", ObjectKind.HOUSE, "10",
                VoltageLevel.LV_0_4, BigDecimal.ZERO);
        at(60).documents().attach(staff, paperId, new NewDocument(DocumentKind.SCAN, "заявка-скан.pdf", CalculatedOffer.simplePdf(List.of(
                "Заявка на технологическое присоединение (скан бумажного оригинала)"))));
        at(60).workflow().submit(staff, paperId);
        at(58).workflow().startReview(staff, paperId);
        DocumentContent conditions = at(50).workflow().draftTechnicalConditions(staff, paperId);
        at(50).documents().attach(staff, paperId, new NewDocument(DocumentKind.TECHNICAL_CONDITIONS, conditions.fileName(), conditions.bytes()));
        at(50).workflow().offer(staff, paperId);
        at(47).workflow().signedOnPaper(staff, paperId, new NewDocument(DocumentKind.SCAN, "договор-подписанный.pdf", CalculatedOffer.simplePdf(List.of(
                "Договор об осуществлении технологического присоединения (скан подписанного экземпляра)"))));
        at(44).workflow().markPaid(staff, paperId);
        at(40).workflow().startWork(staff, paperId);
        LOG.info("connection demo seeded: supplier {}, applications for the demo customers", SUPPLIER);
        return logins;
    }

    /** The demo customers' phones confirmed, as each would confirm theirs by a code before signing. */
    private void completeDemoProfiles() {
        var now = clock.instant();
        Jdbc.update(dataSource, "UPDATE customer SET phone_confirmed_at = ? WHERE user_id IN (SELECT id FROM app_user WHERE login IN "
                + "('ivanov', 'petrova', 'sidorov', 'romashka'))", now);
    }

    private Optional<Viewer> customer(String login) {
        return users.findByLogin(login).filter(u -> u.role() == Role.CUSTOMER).map(UserAccount::viewer);
    }

    private long filed(Viewer applicant, String grid, int daysAgo, String address, String cadastral, ObjectKind kind, String kw,
                       VoltageLevel voltage) {
        return filed(applicant, grid, daysAgo, address, cadastral, kind, kw, voltage, BigDecimal.ZERO);
    }

    /** A complete application filed {@code daysAgo} days ago. */
    private long filed(Viewer applicant, String grid, int daysAgo, String address, String cadastral, ObjectKind kind, String kw,
                       VoltageLevel voltage, BigDecimal connected) {
        ConnectionFeature then = at(daysAgo);
        long id = then.form().createDraft(applicant, grid).summary().id();
        fill(then, applicant, id, address, cadastral, kind, kw, voltage, connected);
        then.workflow().submit(applicant, id);
        return id;
    }

    private static void fill(ConnectionFeature service, Viewer viewer, long id, String address, String cadastral, ObjectKind kind,
                             String kw, VoltageLevel voltage, BigDecimal connected) {
        service.form().saveObject(viewer, id, new ObjectStep(address, cadastral, kind));
        service.form().savePower(viewer, id, new PowerStep(new BigDecimal(kw), connected, voltage, ReliabilityCategory.III,
                connected.signum() > 0 ? ConnectionKind.INCREASE : ConnectionKind.NEW));
        service.form().saveSupplier(viewer, id, SUPPLIER);
        service.documents().attach(viewer, id, new NewDocument(DocumentKind.TITLE, "выписка-ЕГРН.pdf", CalculatedOffer.simplePdf(List.of(
                "Выписка из ЕГРН об объекте недвижимости", "Кадастровый номер " + cadastral, address))));
        service.documents().attach(viewer, id, new NewDocument(DocumentKind.LOCATION_PLAN, "план.pdf", CalculatedOffer.simplePdf(List.of(
                "План расположения энергопринимающих устройств", address))));
    }

    /** The service as it was {@code daysAgo} days ago. */
    private ConnectionFeature at(int daysAgo) {
        return service(Clock.offset(clock, Duration.ofDays(-daysAgo)));
    }

    private ConnectionFeature service(Clock when) {
        return ConnectionAssembly.assemble(dataSource, when, calendar, notifier, (phone, code) -> { }, ConnectionSettings.DEFAULTS);
    }
}
