package io.meterhub.dashboard.directory;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.directory.DirectorySettings;
import io.meterhub.cabinet.directory.DirectoryStaff;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.storage.cabinet.staff.JdbcDirectoryStaffRepository;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.Optional;

/** The organization's directory for staff sign-in, when the {@code MH_LDAP_*} variables name one (checked at start). */
@Configuration(proxyBeanMethods = false)
public class DirectoryConfiguration {
    @Bean
    public DirectorySignIn directorySignIn(Environment environment, DataSource dataSource, StaffRepository staff, UserService users,
                                           AuditLog audit, OrganizationRepository organizations) {
        Optional<DirectorySettings> settings = DirectorySettings.fromEnvironment(
                EnvironmentVariables.read(environment, DirectorySettings.VARIABLES.toArray(String[]::new)));
        if (settings.isEmpty()) {
            return DirectorySignIn.NONE;
        }
        String organization = settings.get().organizationId();
        if (organizations.profile(organization).isEmpty()) {
            throw new IllegalArgumentException("directory sign-in: " + DirectorySettings.ORGANIZATION + " names no organization: \"" + organization + "\"");
        }
        LoggerFactory.getLogger(DirectoryConfiguration.class).info("staff of {} sign in with the directory {}", organization, settings.get());
        return DirectorySignIn.of(new DirectoryStaff(settings.get(), new JdbcDirectoryStaffRepository(dataSource), staff, users, audit));
    }
}
