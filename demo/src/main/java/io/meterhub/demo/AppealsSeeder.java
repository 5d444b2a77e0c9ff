package io.meterhub.demo;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.appeals.AccountChoice;
import io.meterhub.cabinet.appeals.Appeal;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo's appeals as a month of a grid company's reception would leave them: answer templates, appeals answered in
 * time and late and rated, one overdue in work with a colleague's note, one answered yesterday and not rated yet (for
 * ivanov to rate), one just registered. Filed and answered at dates in the past through the real services; nobody is
 * notified of the past.
 */
public final class AppealsSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(AppealsSeeder.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final UserService users;

    public AppealsSeeder(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.users = new UserService(new JdbcUserRepository(dataSource));
    }

    /** Seeds once: a second start of the demo over the same database finds the templates there and leaves all as it is. */
    public void seed(String gridOrganizationId) {
        Optional<Viewer> admin = staff("admin");
        Optional<Viewer> operator = staff("operator");
        if (admin.isEmpty() || operator.isEmpty()) {
            LOG.info("appeals: the grid company's staff are not there, no demo appeals");
            return;
        }
        AppealsAssembly.Appeals now = at(0);
        if (!now.feature().templates().all(admin.get()).isEmpty()) {
            return;
        }
        now.feature().templates().save(admin.get(), null, null, "Благодарность",
                "Благодарим за обращение. Если вопрос останется, напишите нам в этом же обращении.");
        now.feature().templates().save(admin.get(), null, AppealCategory.BILLING, "Перерасчёт выполнен",
                "Перерасчёт выполнен, он будет отражён в квитанции за следующий месяц.");
        now.feature().templates().save(admin.get(), null, AppealCategory.CONNECTION, "Как подать заявку",
                "Заявку на технологическое присоединение можно подать в личном кабинете, раздел «Присоединение»: "
                        + "заполните форму, приложите документы и подпишите заявку кодом из SMS.");
        Viewer staff = operator.get();
        answeredAndRated("ivanov", gridOrganizationId, AppealCategory.BILLING, "Перерасчёт за сентябрь",
                "Счётчик заменён 5 сентября, прошу пересчитать начисления.", 40, 33, staff,
                "Перерасчёт выполнен, он будет отражён в квитанции за следующий месяц.", 4, "Ответили по делу");
        answeredAndRated("petrova", gridOrganizationId, AppealCategory.SUPPLY_QUALITY, "Перепады напряжения",
                "По вечерам напряжение падает до 190 В, мигает свет.", 29, 8, staff,
                "Заменён ввод на опоре № 14, напряжение в норме.", 3, "Долго, но исправили");
        answeredAndRated("sidorov", gridOrganizationId, AppealCategory.COMPLAINT, "Грубость в офисе",
                "Сотрудник офиса на ул. Ленина не принял документы.", 20, 6, staff,
                "Приносим извинения: документы приняты, с сотрудником проведена беседа.", 5, null);
        customer("ivanov").ifPresent(ivanov -> account(ivanov, gridOrganizationId).ifPresent(account -> {
            Appeal overdue = at(16).feature().filing().file(ivanov, NewAppeal.about(account, AppealCategory.READINGS_AND_METERS,
                    "Не принимаются показания", "Форма передачи показаний пишет, что окно закрыто, хотя сегодня 20-е.", List.of()));
            at(15).feature().desk().take(staff, overdue.id());
            at(15).feature().desk().comment(staff, overdue.id(), "Проверить окно приёма показаний в настройках организации.");
            Appeal answered = at(3).feature().filing().file(ivanov, NewAppeal.about(account, AppealCategory.SUPPLY_QUALITY,
                    "Мигает свет по вечерам", "Третий день мигает свет с 19 до 22 часов.", List.of()));
            at(2).feature().desk().take(staff, answered.id());
            at(1).feature().desk().answer(staff, answered.id(), "Причина — перегрузка трансформатора ТП-12; нагрузка перераспределена.",
                    List.of());
        }));
        customer("petrova").ifPresent(petrova -> account(petrova, gridOrganizationId).ifPresent(account ->
                at(0).feature().filing().file(petrova, NewAppeal.about(account, AppealCategory.OTHER, "Часы работы офиса",
                        "Работает ли офис в субботу?", List.of()))));
        LOG.info("appeals: demo appeals, templates and ratings seeded");
    }

    private void answeredAndRated(String login, String organizationId, AppealCategory category, String subject, String text, int filedDaysAgo,
                                  int answeredDaysAgo, Viewer staff, String answer, int score, String comment) {
        Optional<Viewer> customer = customer(login);
        Optional<Long> account = customer.flatMap(c -> account(c, organizationId));
        if (account.isEmpty()) {
            return;
        }
        Appeal appeal = at(filedDaysAgo).feature().filing().file(customer.get(), NewAppeal.about(account.get(), category, subject, text, List.of()));
        at(filedDaysAgo - 1).feature().desk().take(staff, appeal.id());
        at(answeredDaysAgo).feature().desk().answer(staff, appeal.id(), answer, List.of());
        at(answeredDaysAgo - 1).ratings().rateAppeal(customer.get(), appeal.id(), score, comment);
    }

    /** The services as they were {@code daysAgo} days ago at the same time of day. */
    private AppealsAssembly.Appeals at(int daysAgo) {
        Instant then = clock.instant().minus(Duration.ofDays(Math.max(0, daysAgo)));
        return AppealsAssembly.assemble(dataSource, Clock.fixed(then, clock.getZone()));
    }

    private Optional<Long> account(Viewer customer, String organizationId) {
        return at(0).feature().filing().accounts(customer).stream()
                .filter(a -> !a.withoutAccount() && a.organizationId().equals(organizationId)).map(AccountChoice::accountId).findFirst();
    }

    private Optional<Viewer> customer(String login) {
        return users.findByLogin(login).filter(u -> u.role() == Role.CUSTOMER).map(UserAccount::viewer);
    }

    private Optional<Viewer> staff(String login) {
        return users.findByLogin(login).filter(u -> u.role().staff()).map(UserAccount::viewer);
    }
}
