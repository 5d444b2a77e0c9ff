package io.meterhub.cabinet.audit;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.organizations.OrganizationRepository;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log as its readers (holders of the STAFF module) see it: a page of the newest entries of
 * their organization matching a filter, and the whole match as CSV (UTF-8 with a BOM and ';', as
 * Russian Excel opens it).
 */
public final class AuditTrail {
    public static final int PAGE = 100;
    /** A CSV export holds at most this many entries; a longer period is exported in parts. */
    public static final int MAX_EXPORT = 100_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final AuditRepository entries;
    private final OrganizationRepository organizations;
    private final StaffRights rights;

    public AuditTrail(AuditRepository entries, OrganizationRepository organizations, StaffRights rights) {
        this.entries = entries;
        this.organizations = organizations;
        this.rights = rights;
    }

    /** The organization's time zone: the log is read and exported in its local time. */
    public ZoneId zone(Viewer viewer) {
        rights.require(viewer, StaffModule.STAFF);
        return organizations.profile(viewer.organizationId()).map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Europe/Moscow"));
    }

    /** Entries older than {@code beforeId} (null for the newest), newest first. */
    public List<AuditEntry> page(Viewer viewer, AuditFilter filter, Long beforeId, int limit) {
        rights.require(viewer, StaffModule.STAFF);
        return entries.search(query(viewer, filter, beforeId, Math.min(Math.max(limit, 1), PAGE))).stream().map(AuditTrail::entry).toList();
    }

    public byte[] csv(Viewer viewer, AuditFilter filter) {
        ZoneId zone = zone(viewer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder("\uFEFF").append("id;время;сотрудник;действие;запись;номер записи;до;после;причина\r\n");
        for (AuditRow r : entries.search(query(viewer, filter, null, MAX_EXPORT))) {
            text.append(r.id()).append(';').append(CSV_TIME.format(r.at().atZone(zone))).append(';').append(cell(r.actorLogin())).append(';')
                    .append(cell(r.action())).append(';').append(cell(r.recordKind())).append(';').append(cell(r.recordId())).append(';')
                    .append(cell(r.before())).append(';').append(cell(r.after())).append(';').append(cell(r.reason())).append("\r\n");
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A CSV cell: quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static AuditQuery query(Viewer viewer, AuditFilter f, Long beforeId, int limit) {
        return new AuditQuery(viewer.organizationId(), f.from(), f.to(), blank(f.action()), null, blank(f.text()), beforeId, limit);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static AuditEntry entry(AuditRow r) {
        return new AuditEntry(r.id(), r.at(), r.actorLogin(), r.action(), r.recordKind(), r.recordId(), r.before(), r.after(), r.reason(),
                AuditChanges.between(r.before(), r.after()));
    }
}
