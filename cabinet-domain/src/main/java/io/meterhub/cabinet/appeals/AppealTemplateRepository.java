package io.meterhub.cabinet.appeals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organization's templates of frequent answers. Writes throw a StorageException with SQLSTATE 23505 on a taken title. */
public interface AppealTemplateRepository {
    /** By title. */
    List<AppealTemplateRow> ofOrganization(String organizationId);

    Optional<AppealTemplateRow> byId(String organizationId, long id);

    long create(String organizationId, String category, String title, String body, long userId, Instant at);

    void update(long id, String category, String title, String body, long userId, Instant at);

    void delete(long id);
}
