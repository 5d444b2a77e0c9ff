package io.meterhub.cabinet.coverage;

import java.math.BigDecimal;

/** The office that serves an area: name, address (may be null) and its place on the map (lon/lat, both or neither). */
public record Office(String name, String address, BigDecimal lon, BigDecimal lat) {
    public boolean placed() {
        return lon != null && lat != null;
    }
}
