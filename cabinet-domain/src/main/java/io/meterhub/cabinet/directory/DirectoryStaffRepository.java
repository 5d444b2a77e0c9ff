package io.meterhub.cabinet.directory;

import java.util.List;
import java.util.Optional;

/** The logins the organization's directory checks, and their role and modules as its groups give them. */
public interface DirectoryStaffRepository {
    /** The user's DN in the directory; empty for a login the app's own password checks (or no such user). */
    Optional<String> directoryDn(long userId);

    /**
     * Creates the login (with this password hash, which nobody knows) or updates it, and replaces its modules with these
     * (granted by nobody: the directory grants them), in one transaction.
     *
     * @return the user's id
     */
    long sync(DirectoryStaffRow staff, String newPasswordHash);

    /** A directory login as the app keeps it. @param modules empty for an administrator, who holds all */
    record DirectoryStaffRow(String login, String dn, String role, String displayName, String organizationId, List<String> modules) {
    }
}
