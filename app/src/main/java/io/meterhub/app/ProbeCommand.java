package io.meterhub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.profile.ProfileException;
import io.meterhub.ingest.modbus.DeviceReading;
import io.meterhub.ingest.modbus.DeviceUnreachableException;
import io.meterhub.ingest.modbus.ModbusDeviceReader;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code meterhub probe}: reads a Modbus meter once through a device profile and prints what it
 * answered, register by register. The tool an installer runs before adding a meter to the poller.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Read a Modbus TCP meter once and print one line per register: OBIS VALUE UNIT.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every register was read", "1:some registers could not be read (see their lines)",
                "2:the device did not answer, or the arguments are wrong"})
public final class ProbeCommand implements Callable<Integer> {
    static final int SOME_REGISTERS_FAILED = 1;
    static final int UNREACHABLE_OR_BAD_INPUT = 2;

    private static final Pattern HOST_PORT = Pattern.compile("(?<host>\\[[^]]+]|[^:\\s]+):(?<port>\\d{1,5})");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--modbus", required = true, paramLabel = "HOST:PORT", description = "The meter's (or gateway's) Modbus TCP address.")
    String address;

    @Option(names = "--unit", defaultValue = "1", paramLabel = "N", description = "Modbus unit id (default ${DEFAULT-VALUE}).")
    int unit;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE",
            description = "Device profile id, e.g. eastron-sdm630, eastron-sdm120, carlo-gavazzi-em340.")
    String profileId;

    @Option(names = "--json", description = "Print a JSON array instead of lines.")
    boolean json;

    @Option(names = "--timeout-ms", defaultValue = "2000", paramLabel = "MS", description = "Answer timeout (default ${DEFAULT-VALUE}).")
    int timeoutMs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Matcher m = HOST_PORT.matcher(address);
        int port = m.matches() ? Integer.parseInt(m.group("port")) : -1;
        if (port < 1 || port > 65535) {
            err.println("probe: --modbus '" + address + "' is not HOST:PORT with a port in 1..65535");
            return UNREACHABLE_OR_BAD_INPUT;
        }
        if (unit < 0 || unit > 255 || timeoutMs < 1) {
            err.println("probe: --unit " + unit + " must be in 0..255 and --timeout-ms " + timeoutMs + " positive");
            return UNREACHABLE_OR_BAD_INPUT;
        }
        DeviceProfile profile;
        try {
            profile = DeviceProfiles.builtIn().require(profileId);
        } catch (ProfileException e) {
            err.println("probe: " + e.getMessage());
            return UNREACHABLE_OR_BAD_INPUT;
        }
        String host = m.group("host").replace("[", "").replace("]", "");
        DeviceReading reading;
        try (ModbusDeviceReader reader = new ModbusDeviceReader(host, port, unit, profile, timeoutMs)) {
            reading = reader.read();
        } catch (DeviceUnreachableException e) {
            err.println("probe: " + e.getMessage());
            return UNREACHABLE_OR_BAD_INPUT;
        }
        if (json) {
            out.println(asJson(profile, reading));
        } else {
            for (RegisterSpec register : profile.registers()) {
                Double value = reading.values().get(register.obis());
                out.println(value != null
                        ? register.obis() + " " + plain(value) + " " + profile.unit(register.obis())
                        : register.obis() + " ERROR " + reading.errors().get(register.obis()));
            }
        }
        out.flush();
        return reading.errors().isEmpty() ? 0 : SOME_REGISTERS_FAILED;
    }

    private static String asJson(DeviceProfile profile, DeviceReading reading) {
        ArrayNode array = JSON.createArrayNode();
        for (RegisterSpec register : profile.registers()) {
            ObjectNode item = array.addObject();
            item.put("obis", register.obis());
            Double value = reading.values().get(register.obis());
            if (value != null) {
                item.put("value", value);
                item.put("unit", profile.unit(register.obis()));
            } else {
                item.put("error", reading.errors().get(register.obis()));
            }
            item.put("description", register.description());
        }
        return array.toString();
    }

    /** 12345.678 rather than 1.2345678E4, and no trailing zeros. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
