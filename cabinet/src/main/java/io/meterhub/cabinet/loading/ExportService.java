package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Выгрузка for holders of the DATA_LOADING module: the readings customers submitted for a period, the
 * payments received, the registry; CSV (UTF-8 with a BOM, «;») or XLSX, dates as ДД.ММ.ГГГГ and amounts
 * with a decimal comma, as Russian Excel and 1C read them.
 */
public final class ExportService {
    /** The longest period one export covers. */
    public static final int MAX_DAYS = 366;

    private final ExportRepository exports;
    private final StaffRights rights;

    public ExportService(ExportRepository exports, StaffRights rights) {
        this.exports = exports;
        this.rights = rights;
    }

    /** @param from the first day, to the last day (both included); ignored for the registry */
    public LoadFile export(Viewer viewer, ExportKind kind, LocalDate from, LocalDate to, LoadFormat format) {
        rights.require(viewer, StaffModule.DATA_LOADING);
        if (kind.forPeriod() && (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to))) {
            throw new ValidationException("export.period_invalid", MAX_DAYS);
        }
        List<List<String>> found = switch (kind) {
            case CUSTOMER_READINGS -> exports.customerReadings(viewer.organizationId(), from, to);
            case PAYMENTS -> exports.payments(viewer.organizationId(), from, to);
            case REGISTRY -> exports.registry(viewer.organizationId());
        };
        List<List<String>> rows = new ArrayList<>(found.size() + 1);
        rows.add(kind.headers());
        rows.addAll(found);
        String name = "выгрузка-" + kind.titleRu() + (kind.forPeriod() ? "-" + from + "-" + to : "") + "." + format.extension();
        return new LoadFile(name, format, format == LoadFormat.CSV ? CsvTable.write(rows) : XlsxTable.write(rows, null));
    }
}
