package io.meterhub.cabinet.coverage;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored service area: its GeoJSON geometry as text, the serving office kept on the area itself (name, address,
 * lon/lat; all null when the upload named none) and its settlements as shown.
 */
public record ServiceAreaRow(long id, String organizationId, int position, String name, String geometryJson, String officeName,
                             String officeAddress, BigDecimal officeLon, BigDecimal officeLat, List<String> settlements) {
    public ServiceAreaRow {
        settlements = List.copyOf(settlements);
    }
}
