package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;

/** A line the customer lists: the kind of device, its rated power in kW and how many there are. */
public record DeviceLine(DeviceType type, BigDecimal kw, Integer count) {
}
