package io.meterhub.cabinet.coverage;

import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid companies' coverage: anyone (also without login) reads the areas and asks whether a settlement is served;
 * staff holding the ORGANIZATION module (the administrator holds it) upload their company's areas as GeoJSON, which
 * replaces the set they had, audited with the names before and after.
 */
public final class CoverageMap {
    public static final String NOT_GRID_COMPANY = "coverage.not_grid_company";

    private final CoverageRepository areas;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Clock clock;

    public CoverageMap(CoverageRepository areas, StaffRights rights, AuditLog audit, Clock clock) {
        this.areas = areas;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** The grid companies a visitor may look at, by name. */
    public List<GridCompanyRow> gridCompanies() {
        return areas.gridCompanies();
    }

    /** The company's areas in the order they were uploaded. */
    public List<ServiceArea> areas(String organizationId) {
        return areas.areas(organizationId).stream().map(ServiceArea::of).toList();
    }

    /** Whether the settlement is served, and by which company's office; case, ё and "г.", "пос." and the like do not matter. */
    public SettlementAnswer find(String settlement) {
        String query = settlement == null ? "" : settlement.strip();
        String searchName = SettlementNames.searchName(query.length() > SettlementNames.MAX_LENGTH ? query.substring(0, SettlementNames.MAX_LENGTH) : query);
        if (searchName.isEmpty()) {
            return new SettlementAnswer(query, false, List.of());
        }
        List<SettlementMatch> matches = areas.settlements(searchName).stream().map(row -> new SettlementMatch(row.organizationId(),
                row.organizationName(), row.areaId(), row.areaName(), row.settlement(),
                Office.of(row.officeName(), row.officeAddress(), row.officeLon(), row.officeLat()))).toList();
        return new SettlementAnswer(query, true, matches);
    }

    /**
     * Replaces the staff member's company's areas by those of the file; refused with every problem of the file
     * ({@link CoverageUploadException}) or without the ORGANIZATION module.
     */
    public List<ServiceArea> upload(Viewer staff, byte[] geoJson, String fileName) {
        rights.require(staff, StaffModule.ORGANIZATION);
        String organizationId = staff.organizationId();
        if (organizationId == null) {
            throw new NoModuleException(StaffModule.ORGANIZATION);
        }
        if (areas.gridCompanies().stream().noneMatch(company -> company.id().equals(organizationId))) {
            throw new ValidationException(NOT_GRID_COMPANY);
        }
        List<UploadedArea> uploaded = GeoJsonAreas.read(geoJson, fileName);
        List<NewServiceAreaRow> rows = new ArrayList<>();
        for (int i = 0; i < uploaded.size(); i++) {
            UploadedArea area = uploaded.get(i);
            Map<String, NewServiceAreaRow.Settlement> settlements = new LinkedHashMap<>();
            area.settlements().forEach(name -> settlements.putIfAbsent(SettlementNames.searchName(name),
                    new NewServiceAreaRow.Settlement(name, SettlementNames.searchName(name))));
            Office office = area.office().orElse(null);
            rows.add(new NewServiceAreaRow(i + 1, area.name(), area.geometryJson(), office == null ? null : office.name(),
                    office == null ? null : office.address(), office == null ? null : office.lon(), office == null ? null : office.lat(),
                    List.copyOf(settlements.values())));
        }
        audit.atomically(() -> {
            List<String> before = areas.areas(organizationId).stream().map(ServiceAreaRow::name).toList();
            areas.replace(organizationId, rows, clock.instant(), staff.userId());
            audit.record(staff, organizationId, "coverage.upload", "service_area", organizationId, Map.of("areas", before),
                    Map.of("areas", rows.stream().map(NewServiceAreaRow::name).toList(), "file", fileName == null ? "" : fileName), null);
        });
        return areas(organizationId);
    }
}
