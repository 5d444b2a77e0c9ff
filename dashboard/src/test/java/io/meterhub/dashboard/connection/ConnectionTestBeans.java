package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.sms.SmsProvider;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.TestUsers;
import io.meterhub.dashboard.services.ConnectionNotificationSinks;
import io.meterhub.demo.CabinetSeeder;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The beans of the grid connection view tests (not a @Configuration: component scanning must never
 * pick it up): a fresh database seeded as the demo seeds it plus two suppliers and a supplier's login,
 * a clock the test moves, and the SMS and notifications recorded instead of sent.
 */
public class ConnectionTestBeans {
    public static final String GRID = "VOLGA_GRID";
    public static final String SUPPLIER = "SAMARA_SUPPLY";
    public static final String OTHER_SUPPLIER = "OTHER_SUPPLY";
    public static final ZoneId SAMARA = ZoneId.of("Europe/Samara");

    /** A clock a test moves forward (to make a deadline pass). */
    public static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Texts "sent" by SMS. */
    public static final class RecordingSms implements SmsProvider {
        public record Sms(String phone, String text) {
        }

        private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
        public final List<Sms> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String phoneE164, String text) {
            sent.add(new Sms(phoneE164, text));
        }

        /** The six-digit code of the latest text. */
        public String lastCode() {
            Matcher matcher = CODE.matcher(sent.get(sent.size() - 1).text());
            if (!matcher.find()) {
                throw new AssertionError("no code in " + sent.get(sent.size() - 1).text());
            }
            return matcher.group(1);
        }
    }

    /** Notifications handed to the sinks. */
    public static final class Recorded {
        public final List<NewNotification> notifications = new CopyOnWriteArrayList<>();
    }

    @Bean(destroyMethod = "close")
    Database database() {
        Database database = TestUsers.freshDatabase();
        DataSource dataSource = database.dataSource();
        new CabinetSeeder(dataSource, Clock.systemUTC()).seed(GRID, List.of());
        suppliers(dataSource);
        new UserService(new io.meterhub.storage.cabinet.users.JdbcUserRepository(dataSource)).create(new NewUser("supplier", "supply-desk-42", Role.SUPPLIER, "Сотрудник Самараэнерго", "ru",
                SUPPLIER));
        return database;
    }

    /** Two suppliers (гарантирующие поставщики) to choose from. */
    public static void suppliers(DataSource dataSource) {
        AccountRepository accounts = new JdbcAccountRepository(dataSource);
        accounts.saveOrganization(new OrganizationRow(SUPPLIER, "Самараэнерго", "SUPPLIER", SAMARA, TariffZoneSchedule.SINGLE_ZONE,
                "ПАО «Самараэнерго»", "6315222985", "631501001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607",
                "40702810000000000002", "+7 846 340-00-00", 15, 25));
        accounts.saveOrganization(new OrganizationRow(OTHER_SUPPLIER, "Другой поставщик", "SUPPLIER", SAMARA, TariffZoneSchedule.SINGLE_ZONE,
                "АО «Другой поставщик»", "6316000000", "631601001", "Поволжский банк ПАО Сбербанк", "043601607", "30101810200000000607",
                "40702810000000000003", "+7 846 340-00-01", 15, 25));
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    @Primary
    MovableClock testClock() {
        return new MovableClock();
    }

    @Bean
    @Primary
    RecordingSms recordingSms() {
        return new RecordingSms();
    }

    @Bean
    Recorded recorded() {
        return new Recorded();
    }

    @Bean
    @Primary
    public ConnectionNotificationSinks recordedSinks(Recorded recorded) {
        return new ConnectionNotificationSinks(recorded.notifications::add);
    }
}
