package io.meterhub.cabinet.loading;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The loads of files: created when uploaded, checked, applied once per content, kept as the history. */
public interface DataLoadRepository {
    /** The organization's time zone; Moscow for an organization not found (the loads' times are then read in it). */
    ZoneId timeZone(String organizationId);

    /** A new load, being checked. */
    long create(String organizationId, String kind, String fileName, String format, byte[] content, byte[] sha256, long uploadedBy,
                       Instant at);

    Optional<DataLoadRow> load(long id);

    byte[] content(long id);

    /** The organization's loads, newest first. */
    List<DataLoadRow> history(String organizationId, int limit);

    /** The load that applied (or is applying) this content for the organization and kind, if any. */
    Optional<DataLoadRow> applied(String organizationId, String kind, byte[] sha256);

    void checking(long id, int rowsChecked);

    /** The check's counts and every bad field, in one transaction. */
    void checked(long id, int total, int valid, int bad, int fresh, int updated, List<ProblemRow> problems);

    /** Fails every load still checking or applying: after a restart nothing runs them any more. */
    int failUnfinished(String error, Instant at);

    void failed(long id, String error, String errorArg, Instant at);

    /**
     * Marks a checked load as applying; false when it is not checked any more or when this content is
     * already applying or applied by another load (the unique index decides, also between two clicks).
     */
    boolean startApplying(long id, long userId);

    void applied(long id, int rowsApplied, Instant at);

    /** The bad fields of a load in the file's order, at most limit of them. */
    List<ProblemRow> problems(long id, int limit);
}
