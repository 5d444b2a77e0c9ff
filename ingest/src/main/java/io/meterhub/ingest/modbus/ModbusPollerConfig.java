package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.profile.ProfileException;
import io.meterhub.protocols.modbus.DeviceProfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Modbus gateway's settings, read from environment variables and checked at start so that a
 * typo stops the service with a message naming the variable and the value rather than a silent
 * meter that never reports.
 *
 * <ul>
 *   <li>{@code MH_MODBUS_DEVICES} (required): {@code meterId@host:port/unit/profile[/intervalMs],...}</li>
 *   <li>{@code MH_MODBUS_CONTROLLER}: the controller id documents are published for (default {@code modbus-gateway})</li>
 *   <li>{@code MH_MODBUS_INTERVAL_MS}: poll interval of devices that name none (default 10000)</li>
 *   <li>{@code MH_MODBUS_TIMEOUT_MS}: answer timeout (default 1000)</li>
 *   <li>{@code MH_MODBUS_OFFLINE_AFTER}: failed polls in a row before DEVICE_OFFLINE (default 3)</li>
 *   <li>{@code MH_MODBUS_BACKOFF_INITIAL_MS} / {@code MH_MODBUS_BACKOFF_MAX_MS}: retry delays after a
 *       failure, doubling from the first to the second (defaults 1000 and 60000)</li>
 * </ul>
 */
public record ModbusPollerConfig(List<PolledDevice> devices, int timeoutMs, int offlineAfterFailures,
                                 long backoffInitialMs, long backoffMaxMs) {

    public static final String DEVICES = "MH_MODBUS_DEVICES";
    public static final String CONTROLLER = "MH_MODBUS_CONTROLLER";
    public static final String INTERVAL_MS = "MH_MODBUS_INTERVAL_MS";
    public static final String TIMEOUT_MS = "MH_MODBUS_TIMEOUT_MS";
    public static final String OFFLINE_AFTER = "MH_MODBUS_OFFLINE_AFTER";
    public static final String BACKOFF_INITIAL_MS = "MH_MODBUS_BACKOFF_INITIAL_MS";
    public static final String BACKOFF_MAX_MS = "MH_MODBUS_BACKOFF_MAX_MS";

    private static final Pattern DEVICE = Pattern.compile(
            "(?<meter>[^@/\\s]+)@(?<host>\\[[^]]+]|[^:/\\s]+):(?<port>\\d+)/(?<unit>\\d+)/(?<profile>[\\w.-]+)(?:/(?<interval>\\d+))?");

    public ModbusPollerConfig {
        devices = List.copyOf(devices);
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("no Modbus devices to poll");
        }
        if (timeoutMs < 1) {
            throw new IllegalArgumentException("timeout " + timeoutMs + " ms must be positive");
        }
        if (offlineAfterFailures < 1) {
            throw new IllegalArgumentException("offline after " + offlineAfterFailures + " failures must be at least 1");
        }
        if (backoffInitialMs < 1 || backoffMaxMs < backoffInitialMs) {
            throw new IllegalArgumentException("backoff " + backoffInitialMs + ".." + backoffMaxMs + " ms must be positive and increasing");
        }
        Set<String> meters = new HashSet<>();
        for (PolledDevice device : devices) {
            if (!meters.add(device.meterId())) {
                throw new IllegalArgumentException("meter " + device.meterId() + " is listed twice");
            }
        }
    }

    public static ModbusPollerConfig fromEnv() {
        return fromEnv(System.getenv(), DeviceProfiles.builtIn());
    }

    /** @throws IllegalArgumentException naming the variable and its bad value */
    public static ModbusPollerConfig fromEnv(Map<String, String> env, DeviceProfiles profiles) {
        String controller = text(env, CONTROLLER, "modbus-gateway");
        long interval = number(env, INTERVAL_MS, 10_000, 10, 86_400_000);
        int timeout = (int) number(env, TIMEOUT_MS, 1_000, 1, 600_000);
        int offlineAfter = (int) number(env, OFFLINE_AFTER, 3, 1, 1_000);
        long backoffInitial = number(env, BACKOFF_INITIAL_MS, 1_000, 1, 3_600_000);
        long backoffMax = number(env, BACKOFF_MAX_MS, 60_000, 1, 86_400_000);
        if (backoffMax < backoffInitial) {
            throw new IllegalArgumentException(BACKOFF_MAX_MS + "=" + backoffMax + " is smaller than "
                    + BACKOFF_INITIAL_MS + "=" + backoffInitial);
        }
        String list = env.get(DEVICES);
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException(DEVICES + " is not set: expected meterId@host:port/unit/profile[/intervalMs],... "
                    + "(profiles: " + String.join(", ", profiles.ids()) + ")");
        }
        List<PolledDevice> devices = new ArrayList<>();
        Set<String> meters = new HashSet<>();
        for (String item : list.split(",")) {
            String spec = item.trim();
            if (spec.isEmpty()) {
                continue;
            }
            PolledDevice device = device(spec, controller, interval, profiles);
            if (!meters.add(device.meterId())) {
                throw new IllegalArgumentException(DEVICES + ": meter '" + device.meterId() + "' is listed twice");
            }
            devices.add(device);
        }
        if (devices.isEmpty()) {
            throw new IllegalArgumentException(DEVICES + "='" + list + "' lists no device");
        }
        return new ModbusPollerConfig(devices, timeout, offlineAfter, backoffInitial, backoffMax);
    }

    private static PolledDevice device(String spec, String controller, long defaultInterval, DeviceProfiles profiles) {
        Matcher m = DEVICE.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException(DEVICES + ": '" + spec + "' is not meterId@host:port/unit/profile[/intervalMs]"
                    + " (e.g. meter-17@10.0.0.5:502/1/eastron-sdm630)");
        }
        int port = parseInt(m.group("port"));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(DEVICES + ": '" + spec + "': port " + m.group("port") + " is outside 1..65535");
        }
        int unit = parseInt(m.group("unit"));
        if (unit > 255) {
            throw new IllegalArgumentException(DEVICES + ": '" + spec + "': unit id " + m.group("unit") + " is outside 0..255");
        }
        DeviceProfile profile;
        try {
            profile = profiles.require(m.group("profile"));
        } catch (ProfileException e) {
            throw new IllegalArgumentException(DEVICES + ": '" + spec + "': " + e.getMessage(), e);
        }
        long interval = m.group("interval") == null ? defaultInterval : parseInt(m.group("interval"));
        if (interval < 10) {
            throw new IllegalArgumentException(DEVICES + ": '" + spec + "': interval " + interval + " ms must be at least 10");
        }
        String host = m.group("host").replace("[", "").replace("]", "");
        return new PolledDevice(m.group("meter"), controller, host, port, unit, profile, Duration.ofMillis(interval));
    }

    private static int parseInt(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + value + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(name + "=" + parsed + " is outside " + min + ".." + max);
        }
        return parsed;
    }
}
