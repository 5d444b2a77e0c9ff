package io.meterhub.protocols.modbus.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.PollPriority;
import io.meterhub.protocols.modbus.RegisterSpec;
import io.meterhub.protocols.modbus.WordOrder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Device profiles read from YAML files: the ones that ship with the product (classpath
 * {@code profiles/}) and any a utility adds from a directory.
 *
 * <p>The tree is read by hand rather than bound to classes so that every mistake in a file gets a
 * message naming the file, the register and the field, which is what someone editing a profile
 * for a new meter model needs.
 */
public final class DeviceProfiles {
    /** The profiles that come with the product; each is {@code profiles/<id>.yaml} on the classpath. */
    public static final List<String> BUILT_IN = List.of("eastron-sdm630", "eastron-sdm120", "carlo-gavazzi-em340");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP_FIELDS = Set.of("id", "manufacturer", "model", "manual", "defaultUnit", "defaults", "registers");
    private static final Set<String> REGISTER_FIELDS = Set.of("obis", "functionCode", "address", "dataType", "wordOrder",
            "scale", "priority", "description");

    private final Map<String, DeviceProfile> byId;

    private DeviceProfiles(Map<String, DeviceProfile> byId) {
        this.byId = byId;
    }

    public static DeviceProfiles builtIn() {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "profiles/" + id + ".yaml";
            try (InputStream in = DeviceProfiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ProfileException(resource + ": not on the classpath");
                }
                add(profiles, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource), resource);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new DeviceProfiles(profiles);
    }

    /** The built-in profiles plus every {@code *.yaml} file of a directory (a file may replace a built-in id). */
    public static DeviceProfiles builtInAnd(Path directory) {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>(builtIn().byId);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                DeviceProfile profile = parse(Files.readString(file), file.toString());
                profiles.put(profile.id(), profile);
            }
        } catch (IOException e) {
            throw new ProfileException("cannot read device profiles from " + directory + ": " + e.getMessage(), e);
        }
        return new DeviceProfiles(profiles);
    }

    public static DeviceProfiles of(DeviceProfile... profiles) {
        Map<String, DeviceProfile> map = new LinkedHashMap<>();
        for (DeviceProfile profile : profiles) {
            add(map, profile, "profile " + profile.id());
        }
        return new DeviceProfiles(map);
    }

    public Optional<DeviceProfile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws ProfileException listing the known ids when there is no such profile */
    public DeviceProfile require(String id) {
        DeviceProfile profile = byId.get(id);
        if (profile == null) {
            throw new ProfileException("unknown device profile '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
        }
        return profile;
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    private static void add(Map<String, DeviceProfile> profiles, DeviceProfile profile, String source) {
        if (profiles.putIfAbsent(profile.id(), profile) != null) {
            throw new ProfileException(source + ": profile id '" + profile.id() + "' is already defined");
        }
    }

    /**
     * Reads one profile.
     *
     * @param source names the text in messages (a file name)
     * @throws ProfileException naming the source, the register and the field that is wrong
     */
    public static DeviceProfile parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ProfileException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException(source + ": expected a mapping with id, manufacturer, model, manual and registers");
        }
        unknownFields(root, TOP_FIELDS, source);
        String id = requiredText(root, "id", source);
        String where = source + " (" + id + ")";
        JsonNode defaults = root.path("defaults");
        JsonNode registers = root.path("registers");
        if (!registers.isArray() || registers.isEmpty()) {
            throw new ProfileException(where + ": 'registers' must be a non-empty list");
        }
        List<RegisterSpec> specs = new ArrayList<>();
        Map<String, Integer> obisSeen = new LinkedHashMap<>();
        for (int i = 0; i < registers.size(); i++) {
            JsonNode register = registers.get(i);
            String at = where + ": register #" + (i + 1) + (register.hasNonNull("obis") ? " (" + register.get("obis").asText() + ")" : "");
            if (!register.isObject()) {
                throw new ProfileException(at + ": expected a mapping with obis, address, dataType...");
            }
            unknownFields(register, REGISTER_FIELDS, at);
            RegisterSpec spec = register(register, defaults, at);
            Integer earlier = obisSeen.putIfAbsent(spec.obis(), i + 1);
            if (earlier != null) {
                throw new ProfileException(at + ": duplicate OBIS code " + spec.obis() + " (already register #" + earlier + ")");
            }
            specs.add(spec);
        }
        checkOverlaps(specs, where);
        try {
            return new DeviceProfile(id, text(root, "manufacturer"), text(root, "model"), requiredText(root, "manual", where),
                    text(root, "defaultUnit"), specs);
        } catch (IllegalArgumentException e) {
            throw new ProfileException(where + ": " + e.getMessage(), e);
        }
    }

    private static RegisterSpec register(JsonNode register, JsonNode defaults, String at) {
        String obis = requiredText(register, "obis", at);
        int functionCode = integer(field(register, defaults, "functionCode", at), "functionCode", at);
        if (functionCode != RegisterSpec.READ_HOLDING_REGISTERS && functionCode != RegisterSpec.READ_INPUT_REGISTERS) {
            throw new ProfileException(at + ": bad function code " + functionCode + " (expected 3 for holding or 4 for input registers)");
        }
        int address = integer(field(register, defaults, "address", at), "address", at);
        String typeText = field(register, defaults, "dataType", at).asText();
        DataType dataType = DataType.parse(typeText).orElseThrow(() -> new ProfileException(at + ": unknown data type '" + typeText
                + "' (expected one of " + Arrays.toString(DataType.values()) + ")"));
        JsonNode orderNode = optionalField(register, defaults, "wordOrder");
        WordOrder wordOrder = orderNode == null ? WordOrder.HIGH_WORD_FIRST : WordOrder.parse(orderNode.asText())
                .orElseThrow(() -> new ProfileException(at + ": unknown word order '" + orderNode.asText()
                        + "' (expected one of " + Arrays.toString(WordOrder.values()) + ")"));
        JsonNode scaleNode = optionalField(register, defaults, "scale");
        if (scaleNode != null && !scaleNode.isNumber()) {
            throw new ProfileException(at + ": scale '" + scaleNode.asText() + "' is not a number");
        }
        double scale = scaleNode == null ? 1.0 : scaleNode.asDouble();
        JsonNode priorityNode = optionalField(register, defaults, "priority");
        PollPriority priority = priorityNode == null ? null : PollPriority.parse(priorityNode.asText())
                .orElseThrow(() -> new ProfileException(at + ": unknown priority '" + priorityNode.asText()
                        + "' (expected one of " + Arrays.toString(PollPriority.values()) + ")"));
        try {
            return new RegisterSpec(obis, functionCode, address, dataType, wordOrder, scale, priority, text(register, "description"));
        } catch (IllegalArgumentException e) {
            throw new ProfileException(at + ": " + e.getMessage(), e);
        }
    }

    /** Two registers sharing a word are a typo in the map far more often than a deliberate alias. */
    private static void checkOverlaps(List<RegisterSpec> specs, String where) {
        for (int i = 0; i < specs.size(); i++) {
            for (int j = i + 1; j < specs.size(); j++) {
                RegisterSpec a = specs.get(i);
                RegisterSpec b = specs.get(j);
                if (a.functionCode() == b.functionCode() && a.address() < b.endAddress() && b.address() < a.endAddress()) {
                    throw new ProfileException(where + ": registers " + a.label() + " and " + b.label() + " overlap");
                }
            }
        }
    }

    private static JsonNode field(JsonNode register, JsonNode defaults, String name, String at) {
        JsonNode value = optionalField(register, defaults, name);
        if (value == null) {
            throw new ProfileException(at + ": '" + name + "' is missing (and no default is given)");
        }
        return value;
    }

    private static JsonNode optionalField(JsonNode register, JsonNode defaults, String name) {
        if (register.hasNonNull(name)) {
            return register.get(name);
        }
        return defaults.hasNonNull(name) ? defaults.get(name) : null;
    }

    /** Accepts 52, "52", 0x34 and "0x0034": manuals print addresses in hex. */
    private static int integer(JsonNode node, String name, String at) {
        if (node.isIntegralNumber()) {
            return node.asInt();
        }
        String text = node.asText().trim();
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Integer.parseInt(text.substring(2), 16);
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ProfileException(at + ": " + name + " '" + text + "' is not an integer (decimal or 0x hex)");
        }
    }

    private static String requiredText(JsonNode node, String name, String at) {
        String value = text(node, name);
        if (value.isBlank()) {
            throw new ProfileException(at + ": '" + name + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static void unknownFields(JsonNode node, Set<String> known, String at) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProfileException(at + ": unknown field(s) " + unknown + " (known: "
                    + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
    }
}
