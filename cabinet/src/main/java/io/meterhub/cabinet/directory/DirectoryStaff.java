package io.meterhub.cabinet.directory;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.directory.DirectoryRefusedException.Reason;
import io.meterhub.cabinet.directory.DirectoryStaffRepository.DirectoryStaffRow;
import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Who the directory checks, and the app login of a staff member it let in. The directory checks the logins it manages
 * (signed in through it before), and any other login it knows unless that is a customer's or another organization's
 * (a directory entry never takes over such a login); the app's own passwords check the rest, so a local administrator of
 * the organization still gets in when the directory is not theirs or not reachable. At every sign-in through the directory
 * the login's role, name and modules are set anew from its groups: a group taken away in the directory takes the module
 * away at the next sign-in. A disabled account, one in no mapped group, and a login the app blocked are refused.
 */
public final class DirectoryStaff {
    /** How the audit log names the directory as the one who changed a login's rights. */
    public static final String ACTOR = "directory";
    static final String SYNC_ACTION = "staff.directory_sync";

    private final DirectorySettings settings;
    private final DirectoryStaffRepository directoryStaff;
    private final StaffRepository staff;
    private final UserService users;
    private final AuditLog audit;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public DirectoryStaff(DirectorySettings settings, DirectoryStaffRepository directoryStaff, StaffRepository staff, UserService users,
                          AuditLog audit) {
        this.settings = settings;
        this.directoryStaff = directoryStaff;
        this.staff = staff;
        this.users = users;
        this.audit = audit;
    }

    public DirectorySettings settings() {
        return settings;
    }

    /**
     * Whether the directory checks this login's password, rather than the app.
     *
     * @param directoryKnows asked only when it matters: does the directory have an entry for the login?
     */
    public boolean directoryChecks(String login, BooleanSupplier directoryKnows) {
        Optional<UserAccount> user = users.findByLogin(normalized(login));
        if (user.isPresent()) {
            if (directoryStaff.directoryDn(user.get().id()).isPresent()) {
                return true;
            }
            if (!staffOfOrganization(user.get())) {
                return false;
            }
        }
        return directoryKnows.getAsBoolean();
    }

    /**
     * The app login of the staff member the directory just let in, created or brought in step with the entry.
     *
     * @throws DirectoryRefusedException when they may not sign in all the same
     */
    public UserAccount signedIn(DirectoryEntry entry) {
        String login = normalized(entry.login());
        if (entry.disabled()) {
            throw new DirectoryRefusedException(Reason.DISABLED, login);
        }
        Optional<UserAccount> before = users.findByLogin(login);
        if (before.isPresent() && directoryStaff.directoryDn(before.get().id()).isEmpty() && !staffOfOrganization(before.get())) {
            throw new DirectoryRefusedException(Reason.NOT_DIRECTORY_STAFF, login);
        }
        if (before.isPresent() && before.get().blocked()) {
            throw new DirectoryRefusedException(Reason.BLOCKED, login);
        }
        GroupMapping.Access access = settings.groups().access(entry.memberOf())
                .orElseThrow(() -> new DirectoryRefusedException(Reason.NO_GROUPS, login));
        List<String> modules = access.modules().stream().map(Enum::name).sorted().toList();
        Map<String, Object> was = before.map(u -> snapshot(u.login(), u.role(), staff.modules(u.id()))).orElse(null);
        String name = entry.displayName() == null || entry.displayName().isBlank() ? login : entry.displayName().strip();
        long id = directoryStaff.sync(new DirectoryStaffRow(login, entry.dn(), access.role().name(), name, settings.organizationId(), modules),
                encoder.encode(Logins.unknowablePassword()));
        Map<String, Object> now = snapshot(login, access.role(), modules);
        if (!now.equals(was)) {
            audit.recordBySystem(ACTOR, settings.organizationId(), SYNC_ACTION, "user", String.valueOf(id), was, now, null);
        }
        return users.find(id).orElseThrow();
    }

    private boolean staffOfOrganization(UserAccount user) {
        return user.role().staff() && Objects.equals(user.organizationId(), settings.organizationId());
    }

    private static Map<String, Object> snapshot(String login, Role role, List<String> modules) {
        TreeSet<String> held = new TreeSet<>(modules);
        if (role == Role.ADMIN) {
            java.util.Arrays.stream(StaffModule.values()).forEach(m -> held.add(m.name()));
        }
        return Map.of("login", login, "role", role.name(), "modules", held, "blocked", false);
    }

    static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
