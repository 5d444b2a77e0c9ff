package io.meterhub.cabinet.coverage;

import java.math.BigDecimal;
import java.util.List;

/** A service area to store; each settlement with the name it is searched by. */
public record NewServiceAreaRow(int position, String name, String geometryJson, String officeName, String officeAddress, BigDecimal officeLon,
                                BigDecimal officeLat, List<Settlement> settlements) {
    public NewServiceAreaRow {
        settlements = List.copyOf(settlements);
    }

    /** A settlement as shown ("г. Новокуйбышевск") and as searched ("новокуйбышевск"). */
    public record Settlement(String name, String searchName) {
    }
}
