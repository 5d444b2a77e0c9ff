package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Appeals, their numbering per organization and year, status changes and the staff's internal comments. */
public interface AppealRepository {
    /** The next number of the organization's year; the counter stays locked until the transaction ends, so numbers have no gaps. */
    int nextInSeries(Tx tx, String organizationId, int year);

    long create(Tx tx, NewAppealRow appeal);

    Optional<AppealRow> byId(long id);

    /** The appeal locked for the rest of the transaction, so two transitions never cross. */
    Optional<AppealRow> lock(Tx tx, long id);

    void save(Tx tx, AppealStateRow state);

    void addChange(Tx tx, long appealId, String fromStatus, String toStatus, long userId, Instant at);

    /** The statuses the appeal went through, oldest first. */
    List<AppealChangeRow> changes(long appealId);

    /** The customer's appeals, newest first. */
    List<AppealRow> ofCustomer(long customerUserId);

    /** The organization's appeals, those waiting for their answer first, each part by deadline (earliest first); status and category null for any. */
    List<AppealRow> queue(String organizationId, String status, String category);

    /** The grid companies, by name: a customer writes to one about a connection without an account. */
    List<GridCompanyRow> gridCompanies();

    long addComment(Tx tx, long appealId, long userId, String text, Instant at);

    /** Oldest first, with the authors' display names. */
    List<AppealCommentRow> comments(long appealId);
}
