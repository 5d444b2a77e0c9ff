package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;
import java.util.Map;

/** An organization's own coincidence factors by device type name; a type not listed takes the default. */
public interface PowerFactorRepository {
    Map<String, BigDecimal> factors(String organizationId);

    void save(String organizationId, String deviceType, BigDecimal factor);
}
