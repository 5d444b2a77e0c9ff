package io.meterhub.cabinet.directory;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory's variables: none is no directory, a full set is read, every wrong one is named at once; groups to role and modules. */
class DirectorySettingsTest {
    private static final String ADMINS = "CN=Meterhub-Admins,OU=Groups,DC=vsk,DC=local";
    private static final String READINGS = "CN=Meterhub-Readings,OU=Groups,DC=vsk,DC=local";
    private static final String REGISTRY = "CN=Meterhub-Registry,OU=Groups,DC=vsk,DC=local";

    private static Map<String, String> full() {
        Map<String, String> env = new HashMap<>();
        env.put("MH_LDAP_URL", "ldaps://dc1.vsk.local:636");
        env.put("MH_LDAP_BASE_DN", "DC=vsk,DC=local");
        env.put("MH_LDAP_BIND_DN", "CN=meterhub-search,OU=Service,DC=vsk,DC=local");
        env.put("MH_LDAP_BIND_PASSWORD", "s3cret");
        env.put("MH_LDAP_ORGANIZATION", "VOLGA_GRID");
        env.put("MH_LDAP_GROUP_MODULES", ADMINS + "=ADMIN; " + READINGS + "=READINGS,APPEALS;" + REGISTRY + "=registry");
        return env;
    }

    @Test
    void no_variable_set_means_no_directory() {
        assertThat(DirectorySettings.fromEnvironment(Map.of("MH_DB_URL", "jdbc:postgresql://x/y"))).isEmpty();
        assertThat(DirectorySettings.fromEnvironment(Map.of("MH_LDAP_URL", " "))).isEmpty();
    }

    @Test
    void a_full_set_is_read_with_the_active_directory_filter_by_default_and_keeps_the_password_out_of_its_text() {
        DirectorySettings settings = DirectorySettings.fromEnvironment(full()).orElseThrow();
        assertThat(settings.url()).isEqualTo("ldaps://dc1.vsk.local:636");
        assertThat(settings.userSearchFilter()).isEqualTo("(sAMAccountName={0})");
        assertThat(settings.organizationId()).isEqualTo("VOLGA_GRID");
        assertThat(settings.groups().grants()).hasSize(3);
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void each_wrong_variable_is_named_in_one_message() {
        Map<String, String> env = full();
        env.put("MH_LDAP_URL", "http://dc1.vsk.local");
        env.put("MH_LDAP_BASE_DN", "vsk.local");
        env.put("MH_LDAP_USER_SEARCH_FILTER", "sAMAccountName=x");
        env.remove("MH_LDAP_BIND_PASSWORD");
        env.remove("MH_LDAP_ORGANIZATION");
        assertThatThrownBy(() -> DirectorySettings.fromEnvironment(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MH_LDAP_URL must be ldap://host[:port] or ldaps://host[:port], got \"http://dc1.vsk.local\"")
                .hasMessageContaining("MH_LDAP_BASE_DN is not a DN: \"vsk.local\"")
                .hasMessageContaining("MH_LDAP_USER_SEARCH_FILTER must be an LDAP filter in parentheses with {0} for the login")
                .hasMessageContaining("MH_LDAP_BIND_DN and MH_LDAP_BIND_PASSWORD go together")
                .hasMessageContaining("MH_LDAP_ORGANIZATION is required");
    }

    @Test
    void a_directory_without_groups_or_with_an_unknown_module_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> DirectorySettings.fromEnvironment(Map.of("MH_LDAP_URL", "ldap://127.0.0.1:10389")))
                .hasMessageContaining("MH_LDAP_BASE_DN is required").hasMessageContaining("MH_LDAP_GROUP_MODULES must map at least one directory group");
        Map<String, String> env = full();
        env.put("MH_LDAP_GROUP_MODULES", READINGS + "=READINGS,BILLING");
        assertThatThrownBy(() -> DirectorySettings.fromEnvironment(env))
                .hasMessageContaining("MH_LDAP_GROUP_MODULES: \"BILLING\" in \"" + READINGS + "=READINGS,BILLING\" is neither ADMIN nor a module");
        env.put("MH_LDAP_GROUP_MODULES", "Meterhub-Readings");
        assertThatThrownBy(() -> DirectorySettings.fromEnvironment(env))
                .hasMessageContaining("MH_LDAP_GROUP_MODULES: \"Meterhub-Readings\" must be <group DN>=<ADMIN or modules>");
    }

    @Test
    void groups_give_an_operator_their_modules_together_and_an_admin_group_all() {
        GroupMapping groups = DirectorySettings.fromEnvironment(full()).orElseThrow().groups();
        // as the directory writes them: case and spaces between the parts differ from the variable's
        assertThat(groups.access(List.of("cn=meterhub-readings, ou=Groups, dc=VSK, dc=local", REGISTRY, "CN=Accounting,OU=Groups,DC=vsk,DC=local")))
                .contains(new GroupMapping.Access(Role.OPERATOR, EnumSet.of(StaffModule.READINGS, StaffModule.APPEALS, StaffModule.REGISTRY)));
        assertThat(groups.access(List.of(READINGS, ADMINS))).contains(new GroupMapping.Access(Role.ADMIN, EnumSet.noneOf(StaffModule.class)));
        assertThat(groups.access(List.of("CN=Accounting,OU=Groups,DC=vsk,DC=local", "not a dn"))).isEqualTo(Optional.empty());
        assertThat(groups.access(List.of())).isEmpty();
    }

    @Test
    void the_disabled_flag_of_active_directory_is_read_from_user_account_control() {
        assertThat(DirectoryEntry.disabledBy("512")).isFalse();
        assertThat(DirectoryEntry.disabledBy("514")).isTrue();
        assertThat(DirectoryEntry.disabledBy("66050")).isTrue();
        assertThat(DirectoryEntry.disabledBy(null)).isFalse();
    }
}
