package io.meterhub.cabinet.coverage;

import java.util.List;
import java.util.Optional;

/** A service area as the map draws it: the GeoJSON geometry, its settlements as shown, the serving office if named. */
public record ServiceArea(long id, String name, String geometryJson, Optional<Office> office, List<String> settlements) {
    public ServiceArea {
        settlements = List.copyOf(settlements);
    }

    static ServiceArea of(ServiceAreaRow row) {
        return new ServiceArea(row.id(), row.name(), row.geometryJson(), Office.of(row.officeName(), row.officeAddress(), row.officeLon(),
                row.officeLat()), row.settlements());
    }
}
