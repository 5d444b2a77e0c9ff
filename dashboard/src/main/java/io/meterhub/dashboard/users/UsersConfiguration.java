package io.meterhub.dashboard.users;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.users.LoginRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.ResetLinkSender;
import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.security.UserLookup;
import io.meterhub.dashboard.services.CabinetUserLookup;
import io.meterhub.storage.cabinet.users.JdbcLoginRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Locale;

@Configuration(proxyBeanMethods = false)
public class UsersConfiguration {
    @Bean
    public UserRepository userRepository(DataSource dataSource) {
        return new JdbcUserRepository(dataSource);
    }

    @Bean
    public UserService userService(UserRepository users) {
        return new UserService(users);
    }

    /** Spring Security's users come from the cabinet's {@link UserService}. */
    @Bean
    public UserLookup userLookup(UserService users) {
        return new CabinetUserLookup(users);
    }

    @Bean
    public LoginRepository loginRepository(DataSource dataSource) {
        return new JdbcLoginRepository(dataSource);
    }

    /** The password link goes by email only, and stays out of the inbox (the inbox would keep a usable link). */
    @Bean
    public ResetLinkSender resetLinkSender(NotificationService notifications, ObjectProvider<NotificationChannel> channels) {
        Locale russian = Locale.forLanguageTag("ru");
        return (userId, link) -> channels.orderedStream().filter(c -> "email".equals(c.name())).findFirst()
                .map(email -> notifications.sendPrivately(new NewNotification(userId, "PASSWORD_RESET",
                        Messages.format("control-panel-messages", "staff.reset.subject", russian),
                        Messages.format("control-panel-messages", "staff.reset.body", russian), link), email))
                .orElse(false);
    }

    /** Blocks, ended sessions and password links of every login, staff and customers alike. */
    @Bean
    public Logins logins(LoginRepository logins, ResetLinkSender links, Clock clock) {
        return new Logins(logins, links, clock);
    }
}
