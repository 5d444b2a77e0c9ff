package io.meterhub.cabinet.coverage;

import java.math.BigDecimal;
import java.util.Optional;

/** The office that serves an area: name, address (may be null) and its place on the map (lon/lat, both or neither). */
public record Office(String name, String address, BigDecimal lon, BigDecimal lat) {
    /** The office of a stored area: none when the area names no office. */
    static Optional<Office> of(String name, String address, BigDecimal lon, BigDecimal lat) {
        return name == null ? Optional.empty() : Optional.of(new Office(name, address, lon, lat));
    }

    public boolean placed() {
        return lon != null && lat != null;
    }
}
