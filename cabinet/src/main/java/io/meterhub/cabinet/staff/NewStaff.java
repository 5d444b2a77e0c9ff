package io.meterhub.cabinet.staff;

import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import java.util.Set;

/** A staff user an administrator creates: an operator of the administrator's organization with these modules. */
public record NewStaff(String login, String displayName, String email, String password, Set<StaffModule> modules) {
    @Override
    public String toString() {
        return "NewStaff[" + login + ", " + modules + "]";
    }
}
