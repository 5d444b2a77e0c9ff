package io.meterhub.cabinet.users;

import java.util.Optional;

public interface UserRepository {
    long create(String login, String passwordHash, String role, String displayName, String locale, String organizationId);

    Optional<UserRow> byLogin(String login);

    Optional<UserRow> byId(long id);

    void setLocale(long id, String locale);

    /** Removes a login that nothing refers to yet (a sign-up taken back). */
    void delete(long id);
}
