package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Data loading for holders of the DATA_LOADING module: upload a file (checked whole in the background,
 * nothing written), read the preview, apply the valid rows (in the background, in batches, each its own
 * transaction), follow the progress, read the history, take a template or a load's rows with their errors.
 * The same content is applied once per organization and kind, whatever the file's name.
 */
public final class DataLoadService {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    static final int BATCH = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(DataLoadService.class);
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final DataLoadRepository loads;
    private final LoadedRecordsRepository records;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Executor background;
    private final Clock clock;

    /** @param background where checks and applies run; the page polls their progress */
    public DataLoadService(DataLoadRepository loads, LoadedRecordsRepository records, StaffRights rights, AuditLog audit, Executor background,
                           Clock clock) {
        this.loads = loads;
        this.records = records;
        this.rights = rights;
        this.audit = audit;
        this.background = background;
        this.clock = clock;
    }

    /**
     * At start: loads a stopped process left checking or applying are marked failed (their applied batches
     * stay: applying is an upsert, so the same file may simply be applied again). One cabinet process per
     * database is assumed; a second one starting would fail the first one's running loads.
     *
     * @return how many loads were interrupted
     */
    public int failInterrupted() {
        int interrupted = loads.failUnfinished("load.interrupted", clock.instant());
        if (interrupted > 0) {
            LOG.warn("{} data load(s) were interrupted by a restart and are marked failed", interrupted);
        }
        return interrupted;
    }

    /** Keeps the file and checks it in the background; answers the load's id at once. */
    public long upload(Viewer viewer, LoadKind kind, String fileName, byte[] content) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        if (content.length > MAX_BYTES) {
            throw new ValidationException("load.too_large", MAX_BYTES / 1024 / 1024);
        }
        if (content.length == 0) {
            throw new ValidationException("load.file_empty");
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        // the load and its audit entry commit together, before the check starts on another thread
        long id = audit.atomically(() -> {
            long created = loads.create(viewer.organizationId(), kind.name(), name, LoadFormat.of(content).name(), content, sha256(content),
                    viewer.userId(), clock.instant());
            audit.record(viewer, viewer.organizationId(), "load.upload", "data_load", Long.toString(created), null,
                    java.util.Map.of("kind", kind.name(), "file", name, "bytes", content.length), null);
            return created;
        });
        background.execute(() -> check(id, kind, viewer.organizationId(), content));
        return id;
    }

    private void check(long id, LoadKind kind, String organizationId, byte[] content) {
        try {
            CheckedFile<?> file = FileCheck.check(kind, rules(kind), organizationId, content, done -> loads.checking(id, done));
            loads.checked(id, file.total(), file.valid().size(), file.bad(), file.fresh(), file.updated(),
                    file.problems().stream().map(p -> new ProblemRow(p.row(), p.field(), p.value(), p.problem().code(), p.args())).toList());
        } catch (CabinetException e) {
            LOG.info("load {} refused: {}", id, e.getMessage());
            loads.failed(id, e.code(), e.args().isEmpty() ? null : String.valueOf(e.args().get(0)), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("load {} could not be checked", id, e);
            loads.failed(id, "load.server_error", null, clock.instant());
        }
    }

    public DataLoad load(Viewer viewer, long id) {
        return view(own(viewer, id));
    }

    /** The organization's loads, newest first, a running one with its progress. */
    public List<DataLoad> history(Viewer viewer, int limit) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        return loads.history(viewer.organizationId(), Math.max(1, Math.min(limit, 500))).stream().map(this::view).toList();
    }

    /** The bad fields of a checked load in the file's order, at most limit of them. */
    public List<LoadProblem> problems(Viewer viewer, long id, int limit) {
        own(viewer, id);
        return loads.problems(id, limit).stream().map(p -> LoadProblem.of(p.rowNo(), p.field(), p.value(), p.code(), p.args().toArray()))
                .toList();
    }

    /**
     * Writes the valid rows of a checked load in the background. Refused when the load is not checked,
     * has no valid row, or its content was applied already (by this load or a copy under another name).
     */
    public void apply(Viewer viewer, long id) {
        DataLoadRow row = own(viewer, id);
        DataLoad load = view(row);
        refuseIfAlreadyLoaded(load, row.organizationId());
        if (load.status() != LoadStatus.CHECKED) {
            throw new ValidationException("load.not_checked");
        }
        if (load.rowsValid() == 0) {
            throw new ValidationException("load.nothing_valid");
        }
        if (!loads.startApplying(id, viewer.userId())) {
            refuseIfAlreadyLoaded(view(loads.load(id).orElseThrow()), row.organizationId());
            throw new ValidationException("load.not_checked");
        }
        background.execute(() -> write(viewer, row));
    }

    private void refuseIfAlreadyLoaded(DataLoad load, String organizationId) {
        if (load.alreadyLoadedBy() != null) {
            throw new ValidationException("load.already_loaded", at(load.alreadyLoadedAt(), organizationId), load.alreadyLoadedBy());
        }
        if (load.status() == LoadStatus.APPLIED || load.status() == LoadStatus.APPLYING) {
            throw new ValidationException("load.already_loaded", at(load.finishedAt() != null ? load.finishedAt() : load.uploadedAt(), organizationId), load.uploadedBy());
        }
    }

    private String at(java.time.Instant instant, String organizationId) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(loads.timeZone(organizationId)).format(instant);
    }

    /** The organization's time zone: its staff read the loads' times in it. */
    public java.time.ZoneId zone(Viewer viewer) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        return loads.timeZone(viewer.organizationId());
    }

    private <T> void write(Viewer viewer, DataLoadRow row) {
        LoadKind kind = LoadKind.valueOf(row.kind());
        try {
            @SuppressWarnings("unchecked")
            KindRules<T> rules = (KindRules<T>) rules(kind);
            CheckedFile<T> file = FileCheck.check(kind, rules, row.organizationId(), loads.content(row.id()), done -> { });
            List<T> valid = file.valid().stream().map(KindRules.Numbered::row).toList();
            rules.writeInBatches(row.id(), row.organizationId(), valid);
            Map<String, Object> after = file.applied(kind, row.fileName());
            // the batches are committed one by one (progress shows them); the load's end and its audit entry together
            audit.atomically(() -> {
                loads.applied(row.id(), valid.size(), clock.instant());
                audit.record(viewer, row.organizationId(), "load.apply", "data_load", Long.toString(row.id()), null, after, null);
            });
        } catch (RuntimeException e) {
            LOG.error("load {} could not be applied", row.id(), e);
            loads.failed(row.id(), "load.apply_failed", null, clock.instant());
        }
    }

    /** A kind's template, to be filled in and loaded. */
    public LoadFile template(Viewer viewer, LoadKind kind, LoadFormat format) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        return new LoadFile("шаблон-" + kind.titleRu().replace(' ', '-') + "." + format.extension(), format, LoadFiles.template(kind, format));
    }

    /** The load's bad rows as they were, in the file's format, with a column that says what is wrong with each. */
    public LoadFile errorFile(Viewer viewer, long id) {
        DataLoadRow row = own(viewer, id);
        Map<Integer, String> errors = loads.problems(id, Integer.MAX_VALUE).stream().collect(Collectors.groupingBy(ProblemRow::rowNo,
                Collectors.mapping(p -> "«" + p.field() + "»: " + LoadProblem.of(p.rowNo(), p.field(), p.value(), p.code(),
                        p.args().toArray()).reason(RU), Collectors.joining("; "))));
        String fileError = row.error() == null ? null : Messages.format(row.error(), RU, Optional.ofNullable(row.errorArg()).orElse(""));
        LoadFormat format = LoadFormat.valueOf(row.format());
        return new LoadFile(errorFileName(row.fileName(), format), format, LoadFiles.withErrors(format, loads.content(id), errors, fileError));
    }

    /** The name of a load's error file: the uploaded name with "-ошибки" before the extension of its format. */
    public static String errorFileName(String fileName, LoadFormat format) {
        return fileName.replaceFirst("\\.[^.]*$", "") + "-ошибки." + format.extension();
    }

    private DataLoadRow own(Viewer viewer, long id) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        DataLoadRow row = loads.load(id).orElseThrow(() -> new AccessDeniedException("load.not_found"));
        if (!row.organizationId().equals(viewer.organizationId())) {
            throw new AccessDeniedException("load.not_found");
        }
        return row;
    }

    private DataLoad view(DataLoadRow r) {
        LoadStatus status = LoadStatus.valueOf(r.status());
        String byLogin = null;
        java.time.Instant at = null;
        if (status == LoadStatus.CHECKED) {
            Optional<DataLoadRow> other = loads.applied(r.organizationId(), r.kind(), r.contentSha256());
            if (other.isPresent() && other.get().id() != r.id()) {
                byLogin = other.get().uploaderLogin();
                at = Optional.ofNullable(other.get().finishedAt()).orElse(other.get().uploadedAt());
            }
        }
        int done = status == LoadStatus.CHECKING ? r.rowsChecked() : r.rowsApplied();
        return new DataLoad(r.id(), LoadKind.valueOf(r.kind()), r.fileName(), LoadFormat.valueOf(r.format()), r.uploaderLogin(), r.uploadedAt(),
                status, r.rowsTotal(), r.rowsValid(), r.rowsBad(), r.rowsNew(), r.rowsUpdated(), r.rowsApplied(), done, r.finishedAt(),
                r.error(), r.errorArg(), byLogin, at);
    }

    private KindRules<?> rules(LoadKind kind) {
        return KindRules.of(kind, records, java.time.LocalDate.now(clock));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
