package io.meterhub.cabinet.apikeys;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.audit.AuditQuery;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.audit.AuditRow;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.apikeys.JdbcApiKeyRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API keys as the control panel and the command line manage them, against PostgreSQL: who may, what
 * the audit log keeps (never the secret), and that a revoked key no longer authenticates.
 */
class ApiKeyAdministrationTest {
    private static Fixture fixture;
    private static ApiKeys keys;
    private static ApiKeyAdministration administration;
    private static AuditRepository audit;
    private static Viewer admin;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("api_key_administration");
        fixture.organization("KEYS", Fixture.SAMARA, 15, 25);
        fixture.organization("ELSEWHERE", Fixture.SAMARA, 15, 25);
        audit = new JdbcAuditRepository(fixture.dataSource);
        var organizations = new JdbcOrganizationRepository(fixture.dataSource);
        keys = new ApiKeys(new JdbcApiKeyRepository(fixture.dataSource), id -> organizations.profile(id).isPresent(), Clock.systemUTC());
        administration = new ApiKeyAdministration(keys, new StaffRights(new JdbcStaffRepository(fixture.dataSource)),
                new AuditLog(audit, new JdbcUserRepository(fixture.dataSource), new JdbcTransactions(fixture.dataSource)));
        admin = fixture.staff("keys-admin", Role.ADMIN, "KEYS");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_command_lines_key_is_audited_as_cli_and_revoked_by_its_whole_text() {
        CreatedKey created = administration.createBySystem("cli", "KEYS", "1C exchange", Set.of(Scope.BILLING_WRITE, Scope.EXPORTS_READ));
        assertThat(keys.authenticate(created.secret())).map(ApiKey::createdBy).hasValue("cli");

        assertThat(administration.revokeBySystem("cli", created.secret())).isTrue();
        assertThat(administration.revokeBySystem("cli", created.key().id())).as("revoked before").isFalse();
        assertThat(administration.revokeBySystem("cli", "nosuchkey123")).isFalse();
        assertThat(keys.authenticate(created.secret())).isEmpty();

        List<AuditRow> entries = entries(created.key().id());
        assertThat(entries).extracting(AuditRow::action).containsExactly(ApiKeyAdministration.REVOKE, ApiKeyAdministration.CREATE);
        assertThat(entries).extracting(AuditRow::actorLogin).containsOnly("cli");
        assertThat(entries.get(1).after()).isEqualTo("{\"name\": \"1C exchange\", \"scopes\": [\"billing:write\", \"exports:read\"], \"includeSubOrganizations\": false}")
                .doesNotContain(created.secret().substring(18));
    }

    @Test
    void only_the_administrator_makes_a_key_and_only_of_their_organization() {
        Viewer operator = fixture.staff("keys-operator", Role.OPERATOR, "KEYS");
        assertThatThrownBy(() -> administration.create(operator, "x", Set.of(Scope.TELEMETRY_WRITE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(admin, "x", Set.of())).isInstanceOf(ValidationException.class)
                .hasMessage("Choose at least one permission for the key");
        assertThatThrownBy(() -> administration.create(admin, "x".repeat(101), Set.of(Scope.TELEMETRY_WRITE)))
                .isInstanceOf(ValidationException.class);

        CreatedKey created = administration.create(admin, "  АИИС КУЭ  ", Set.of(Scope.TELEMETRY_WRITE));
        assertThat(created.key().organizationId()).isEqualTo("KEYS");
        assertThat(created.key().name()).isEqualTo("АИИС КУЭ");
        assertThat(created.key().createdBy()).isEqualTo("keys-admin");
        assertThat(entries(created.key().id())).extracting(AuditRow::actorLogin).containsExactly("keys-admin");

        String elsewhere = administration.createBySystem("cli", "ELSEWHERE", "theirs", Set.of(Scope.EXPORTS_READ)).key().id();
        assertThat(administration.revoke(admin, elsewhere)).isFalse();
        assertThat(administration.keysOf(admin)).extracting(ApiKey::id).contains(created.key().id()).doesNotContain(elsewhere);
        assertThat(administration.revoke(admin, created.key().id())).isTrue();
        assertThat(keys.authenticate(created.secret())).isEmpty();
    }

    /** The key's entries in the log of KEYS, the newest first. */
    private static List<AuditRow> entries(String keyId) {
        return audit.search(new AuditQuery("KEYS", null, null, null, "api_key", keyId, null, 50)).stream()
                .filter(r -> keyId.equals(r.recordId())).toList();
    }
}
