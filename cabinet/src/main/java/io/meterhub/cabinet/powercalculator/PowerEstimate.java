package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The result: each line's share, their exact sum, the power to apply for (the sum rounded up to whole kW, as the
 * application's maximum power is asked), its class under Decree 861, and every factor of the company (those used marked
 * by the lines).
 */
public record PowerEstimate(List<EstimateLine> lines, BigDecimal exactKw, BigDecimal applyKw, PowerClass powerClass,
                            Map<DeviceType, BigDecimal> factors) {
    public PowerEstimate {
        lines = List.copyOf(lines);
        factors = Map.copyOf(factors);
    }
}
