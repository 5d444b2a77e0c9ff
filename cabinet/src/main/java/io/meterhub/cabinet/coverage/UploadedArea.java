package io.meterhub.cabinet.coverage;

import java.util.List;
import java.util.Optional;

/** A service area read from an upload: its name, its geometry (Polygon or MultiPolygon, [lon, lat] only), settlements, office. */
public record UploadedArea(String name, String geometryJson, List<String> settlements, Optional<Office> office) {
    public UploadedArea {
        settlements = List.copyOf(settlements);
    }
}
