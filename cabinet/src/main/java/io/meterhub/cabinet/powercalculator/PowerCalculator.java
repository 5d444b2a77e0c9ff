package io.meterhub.cabinet.powercalculator;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The maximum power to apply for: Σ kW × count × the coincidence factor of the device's type (the company's own or
 * {@link DeviceType}'s default), exact, then rounded up to whole kW; no overall factor on top (our choice: the factors
 * per type already carry the diversity, and a customer can follow the sum line by line). Staff with the ORGANIZATION
 * module set their company's factors, audited.
 */
public final class PowerCalculator {
    public static final int MAX_LINES = 50;
    public static final BigDecimal MAX_DEVICE_KW = new BigDecimal("10000");
    public static final int MAX_COUNT = 1000;
    /** The application form takes at most this maximum power. */
    public static final BigDecimal MAX_APPLY_KW = new BigDecimal("100000");
    public static final BigDecimal MIN_FACTOR = new BigDecimal("0.01");
    public static final String NO_LINES = "power.no_lines";
    public static final String TOO_MANY_LINES = "power.too_many_lines";
    public static final String TYPE_MISSING = "power.type_missing";
    public static final String KW_INVALID = "power.kw_invalid";
    public static final String COUNT_INVALID = "power.count_invalid";
    public static final String TOO_LARGE = "power.too_large";
    public static final String FACTOR_INVALID = "power.factor_invalid";

    private final PowerFactorRepository factors;
    private final StaffRights rights;
    private final AuditLog audit;

    public PowerCalculator(PowerFactorRepository factors, StaffRights rights, AuditLog audit) {
        this.factors = factors;
        this.rights = rights;
        this.audit = audit;
    }

    /** The company's factor of every type, its own or the default. */
    public Map<DeviceType, BigDecimal> factors(String organizationId) {
        Map<String, BigDecimal> own = organizationId == null ? Map.of() : factors.factors(organizationId);
        Map<DeviceType, BigDecimal> all = new EnumMap<>(DeviceType.class);
        for (DeviceType type : DeviceType.values()) {
            all.put(type, own.getOrDefault(type.name(), type.defaultFactor()));
        }
        return all;
    }

    /** The estimate of the lines (each checked, the first wrong one named by its number). */
    public PowerEstimate estimate(String organizationId, List<DeviceLine> devices) {
        if (devices == null || devices.isEmpty()) {
            throw new ValidationException(NO_LINES);
        }
        if (devices.size() > MAX_LINES) {
            throw new ValidationException(TOO_MANY_LINES, MAX_LINES);
        }
        Map<DeviceType, BigDecimal> used = factors(organizationId);
        List<EstimateLine> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < devices.size(); i++) {
            DeviceLine device = devices.get(i);
            int number = i + 1;
            if (device == null || device.type() == null) {
                throw new ValidationException(TYPE_MISSING, number);
            }
            BigDecimal kw = device.kw();
            if (kw == null || kw.signum() <= 0 || kw.compareTo(MAX_DEVICE_KW) > 0 || kw.stripTrailingZeros().scale() > 3) {
                throw new ValidationException(KW_INVALID, number, MAX_DEVICE_KW);
            }
            if (device.count() == null || device.count() < 1 || device.count() > MAX_COUNT) {
                throw new ValidationException(COUNT_INVALID, number, MAX_COUNT);
            }
            BigDecimal factor = used.get(device.type());
            BigDecimal demand = kw.multiply(BigDecimal.valueOf(device.count())).multiply(factor);
            lines.add(new EstimateLine(device.type(), kw, device.count(), factor, demand));
            sum = sum.add(demand);
        }
        BigDecimal apply = sum.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
        if (apply.compareTo(MAX_APPLY_KW) > 0) {
            throw new ValidationException(TOO_LARGE, apply, MAX_APPLY_KW);
        }
        return new PowerEstimate(lines, sum, apply, PowerClass.of(apply), used);
    }

    /** Staff with the ORGANIZATION module set their company's factor of a type: 0.01 to 1, two decimals at most. */
    public void setFactor(Viewer staff, DeviceType type, BigDecimal factor) {
        rights.require(staff, StaffModule.ORGANIZATION);
        if (type == null || factor == null || factor.compareTo(MIN_FACTOR) < 0 || factor.compareTo(BigDecimal.ONE) > 0
                || factor.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(FACTOR_INVALID);
        }
        BigDecimal kept = factor.setScale(2, RoundingMode.UNNECESSARY);
        audit.atomically(() -> {
            BigDecimal before = factors(staff.organizationId()).get(type);
            factors.save(staff.organizationId(), type.name(), kept);
            audit.record(staff, staff.organizationId(), "power.factor", "power_factor", type.name(), Map.of("factor", before),
                    Map.of("factor", kept), null);
        });
    }
}
