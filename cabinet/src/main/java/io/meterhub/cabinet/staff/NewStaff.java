package io.meterhub.cabinet.staff;

import java.util.Set;

/** A staff user an administrator creates: an operator of the administrator's organization with these modules. */
public record NewStaff(String login, String displayName, String email, String password, Set<StaffModule> modules) {
    @Override
    public String toString() {
        return "NewStaff[" + login + ", " + modules + "]";
    }
}
