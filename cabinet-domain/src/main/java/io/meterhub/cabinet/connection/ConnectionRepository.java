package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Tx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Connection applications, their status history and documents (their thread is correspondence's). */
public interface ConnectionRepository {
    long create(Tx tx, String organizationId, long customerId, boolean paper, long createdBy, Instant at,
                       boolean byRepresentative, String representativeName);

    Optional<ApplicationRow> byId(long id);

    /** The row locked for the rest of the transaction. */
    Optional<ApplicationRow> lock(Tx tx, long id);

    void saveApplicant(Tx tx, long id, boolean byRepresentative, String representativeName, Instant at);

    void saveObject(Tx tx, long id, String address, String cadastralNumber, String objectKind, Instant at);

    void savePower(Tx tx, long id, BigDecimal maxPowerKw, BigDecimal connectedPowerKw, String voltage,
                          String reliability, String connectionKind, Instant at);

    void saveSupplier(Tx tx, long id, String supplierId, Instant at);

    /** Marks the application as changed now (a document added). */
    void touch(Tx tx, long id, Instant at);

    void setFee(Tx tx, long id, BigDecimal fee);

    /** Moves to a status with its new term, recording who did it and why. */
    void changeStatus(Tx tx, long id, String from, String to, Instant at, long userId, String reason,
                             LocalDate deadline, String deadlineStep);

    /** Gives the registration number and the submission time (once). */
    void number(Tx tx, long id, String number, Instant submittedAt);

    /** The next number of the year's series: 1, 2, ... */
    int nextInSeries(Tx tx, int year);

    /** The applications of the applicant with this login, newest first. */
    List<ApplicationRow> ofUser(long userId);

    /** A page of the queue: the nearest deadline first (so overdue first), those without one last. */
    List<ApplicationRow> queue(QueueQuery query, int offset, int limit);

    long count(QueueQuery query);

    List<StatusChangeRow> changes(long applicationId);

    /** Organizations of a kind (GRID_COMPANY, SUPPLIER) as id → name, by name. */
    Map<String, String> organizationsOfKind(String kind);

    Optional<String> organizationKind(String id);

    Optional<String> organizationZone(String id);

    Optional<String> organizationInn(String id);

    boolean codeSigningForLegalEntities(String organizationId);

    void setCodeSigningForLegalEntities(String organizationId, boolean allowed);

    long addDocument(Tx tx, NewDocumentRow d);

    List<DocumentRow> documents(long applicationId);

    List<DocumentRow> documents(Tx tx, long applicationId);

    Optional<DocumentRow> document(long applicationId, long documentId);

    Optional<byte[]> content(long applicationId, long documentId);

    Optional<byte[]> content(Tx tx, long documentId);

    int removeDocument(Tx tx, long applicationId, long documentId);
}
