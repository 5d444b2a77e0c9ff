package io.meterhub.dashboard.users;

import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.security.UserLookup;
import io.meterhub.dashboard.services.CabinetUserLookup;
import io.meterhub.storage.cabinet.users.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
public class UsersConfiguration {
    @Bean
    public UserRepository userRepository(DataSource dataSource) {
        return new UserRepository(dataSource);
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
}
