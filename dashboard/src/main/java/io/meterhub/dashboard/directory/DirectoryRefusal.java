package io.meterhub.dashboard.directory;

import io.meterhub.cabinet.directory.DirectoryRefusedException;
import org.springframework.security.authentication.AccountStatusException;

/** The directory proved the password, but the account may not sign in (disabled, in no mapped group, blocked in the app). */
public final class DirectoryRefusal extends AccountStatusException {
    private final DirectoryRefusedException.Reason reason;

    public DirectoryRefusal(DirectoryRefusedException cause) {
        super(cause.getMessage(), cause);
        this.reason = cause.reason();
    }

    public DirectoryRefusedException.Reason reason() {
        return reason;
    }
}
