package io.meterhub.storage;

import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseIdentityTest {

    @Test
    void two_databases_of_one_server_have_different_identities_and_one_database_keeps_its_own() throws Exception {
        String first = TestServices.freshDatabase("identity_a");
        String second = TestServices.freshDatabase("identity_b");
        try (Database a = Database.open(StorageConfig.of(first)); Database b = Database.open(StorageConfig.of(second))) {
            DatabaseIdentity identityA = DatabaseIdentity.of(a.dataSource());
            DatabaseIdentity identityB = DatabaseIdentity.of(b.dataSource());

            assertThat(identityA).isNotEqualTo(identityB);
            assertThat(identityA.systemIdentifier()).as("one server, one system identifier").isEqualTo(identityB.systemIdentifier());
            assertThat(identityA.databaseName()).isEqualTo(first.substring(first.lastIndexOf('/') + 1, first.indexOf('?')));
            assertThat(DatabaseIdentity.of(a.dataSource())).isEqualTo(identityA);
            assertThat(DatabaseIdentity.parse(identityA.stamp())).isEqualTo(identityA);
        }
    }

    @Test
    void the_folder_name_of_a_url_names_host_port_and_database_and_is_safe_in_a_path() {
        assertThat(StorageConfig.of("jdbc:postgresql://127.0.0.1:5432/meterhub?user=postgres").databaseFolderName())
                .isEqualTo("127.0.0.1_5432_meterhub");
        assertThat(StorageConfig.of("jdbc:postgresql://db.example/meterhub").databaseFolderName()).isEqualTo("db.example_5432_meterhub");
        assertThat(StorageConfig.of("jdbc:postgresql://a:5433,b:5434/../x").databaseFolderName()).doesNotContain("/").doesNotContain(":");
    }
}
