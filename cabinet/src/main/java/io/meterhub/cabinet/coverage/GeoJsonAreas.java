package io.meterhub.cabinet.coverage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the service areas of an uploaded GeoJSON (RFC 7946): a FeatureCollection, one Feature, or a bare Polygon or
 * MultiPolygon (named then after the file). Every area needs a {@code name} property; {@code settlements} is a list of
 * names (or one text with ";" or "," between them) and {@code office} an object with {@code name}, {@code address},
 * {@code lon}, {@code lat}. Rings must have four positions or more, be closed, and lie within lon −180..180, lat −90..90.
 * Any bytes give either the areas or a {@link CoverageUploadException} listing what is wrong, feature by feature;
 * nothing else is thrown.
 */
public final class GeoJsonAreas {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FEATURES = 200;
    public static final int MAX_POINTS = 200_000;
    public static final int MAX_SETTLEMENTS = 1_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    /** More problems than this are cut off with a note, so a broken file of many features gives a readable list. */
    public static final int MAX_PROBLEMS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final List<UploadProblem> problems = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int points;

    private GeoJsonAreas() {
    }

    /** The areas of the file, in its order; refused with every problem found. */
    public static List<UploadedArea> read(byte[] bytes, String fileName) {
        GeoJsonAreas reader = new GeoJsonAreas();
        List<UploadedArea> areas = reader.areas(bytes, fileName);
        if (!reader.problems.isEmpty()) {
            throw new CoverageUploadException(reader.problems);
        }
        return areas;
    }

    private List<UploadedArea> areas(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            return fileProblem("coverage.file_empty");
        }
        if (bytes.length > MAX_BYTES) {
            return fileProblem("coverage.file_too_large", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem("coverage.not_utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fileProblem("coverage.file_empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return fileProblem("coverage.not_json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        if (root == null || !root.isObject()) {
            return fileProblem("coverage.top_type", root == null ? "—" : root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String type = root.path("type").asText("");
        List<UploadedArea> areas = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = root.get("features");
                if (features == null || !features.isArray()) {
                    return fileProblem("coverage.features_missing");
                }
                if (features.isEmpty()) {
                    return fileProblem("coverage.no_features");
                }
                if (features.size() > MAX_FEATURES) {
                    return fileProblem("coverage.too_many_features", features.size(), MAX_FEATURES);
                }
                for (int i = 0; i < features.size() && !full(); i++) {
                    feature(i + 1, features.get(i)).ifPresent(areas::add);
                }
            }
            case "Feature" -> feature(1, root).ifPresent(areas::add);
            case "Polygon", "MultiPolygon" -> {
                String name = baseName(fileName);
                ObjectNode feature = JsonNodeFactory.instance.objectNode().put("type", "Feature");
                feature.putObject("properties").put("name", name);
                feature.set("geometry", root);
                feature(1, feature).ifPresent(areas::add);
            }
            default -> fileProblem("coverage.top_type", type.isEmpty() ? "—" : cut(type));
        }
        return areas;
    }

    private Optional<UploadedArea> feature(int index, JsonNode feature) {
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asText(""))) {
            problem(index, null, "coverage.feature_type");
            return Optional.empty();
        }
        JsonNode properties = feature.get("properties");
        JsonNode nameNode = properties != null && properties.isObject() ? properties.get("name") : null;
        String name = nameNode != null && nameNode.isTextual() && !nameNode.asText().isBlank() ? nameNode.asText().strip() : null;
        int before = problems.size();
        if (name == null) {
            problem(index, null, "coverage.name_missing");
        } else if (name.length() > MAX_NAME) {
            problem(index, cut(name), "coverage.name_too_long", MAX_NAME);
        } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
            problem(index, name, "coverage.name_repeated");
        }
        String shown = name == null ? null : cut(name);
        String geometry = geometry(index, shown, feature.get("geometry"));
        List<String> settlements = settlements(index, shown, properties == null ? null : properties.get("settlements"));
        Optional<Office> office = office(index, shown, properties == null ? null : properties.get("office"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new UploadedArea(name, geometry, settlements, office));
    }

    /** The geometry as it is kept: its type and its rings of [lon, lat]; null when it is wrong. */
    private String geometry(int index, String name, JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            problem(index, name, "coverage.geometry_missing");
            return null;
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        ObjectNode kept = JsonNodeFactory.instance.objectNode().put("type", type);
        ArrayNode keptCoordinates = kept.putArray("coordinates");
        int[] ring = {0};
        switch (type) {
            case "Polygon" -> {
                if (!polygon(index, name, coordinates, keptCoordinates, ring)) {
                    return null;
                }
            }
            case "MultiPolygon" -> {
                if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                    problem(index, name, "coverage.coordinates_shape");
                    return null;
                }
                for (JsonNode polygon : coordinates) {
                    if (!polygon(index, name, polygon, keptCoordinates.addArray(), ring)) {
                        return null;
                    }
                }
            }
            default -> {
                problem(index, name, "coverage.geometry_type", type.isEmpty() ? "—" : cut(type));
                return null;
            }
        }
        return kept.toString();
    }

    private boolean polygon(int index, String name, JsonNode rings, ArrayNode kept, int[] ringNumber) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            problem(index, name, "coverage.coordinates_shape");
            return false;
        }
        for (JsonNode ring : rings) {
            ringNumber[0]++;
            if (!ring(index, name, ring, kept.addArray(), ringNumber[0])) {
                return false;
            }
        }
        return true;
    }

    private boolean ring(int index, String name, JsonNode ring, ArrayNode kept, int number) {
        if (ring == null || !ring.isArray()) {
            problem(index, name, "coverage.coordinates_shape");
            return false;
        }
        if (ring.size() < 4) {
            problem(index, name, "coverage.ring_too_short", number, ring.size());
            return false;
        }
        points += ring.size();
        if (points > MAX_POINTS) {
            problem(0, null, "coverage.too_many_points", MAX_POINTS);
            return false;
        }
        for (int p = 0; p < ring.size(); p++) {
            JsonNode position = ring.get(p);
            if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                problem(index, name, "coverage.position_shape", number, p + 1);
                return false;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180)) {
                problem(index, name, "coverage.lon_range", number, p + 1, position.get(0).asText());
                return false;
            }
            if (!(lat >= -90 && lat <= 90)) {
                problem(index, name, "coverage.lat_range", number, p + 1, position.get(1).asText());
                return false;
            }
            kept.addArray().add(lon).add(lat);
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
            problem(index, name, "coverage.ring_not_closed", number);
            return false;
        }
        return true;
    }

    private List<String> settlements(int index, String name, JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return List.of();
        } else if (node.isTextual()) {
            for (String part : node.asText().split("[;,]")) {
                if (!part.isBlank()) {
                    items.add(JsonNodeFactory.instance.textNode(part));
                }
            }
        } else if (node.isArray()) {
            node.forEach(items::add);
        } else {
            problem(index, name, "coverage.settlements_shape");
            return List.of();
        }
        if (items.size() > MAX_SETTLEMENTS) {
            problem(index, name, "coverage.too_many_settlements", items.size(), MAX_SETTLEMENTS);
            return List.of();
        }
        List<String> settlements = new ArrayList<>();
        for (JsonNode item : items) {
            String settlement = item.isTextual() ? item.asText().strip() : "";
            if (settlement.length() > SettlementNames.MAX_LENGTH) {
                problem(index, name, "coverage.settlement_too_long", cut(settlement), SettlementNames.MAX_LENGTH);
            } else if (SettlementNames.searchName(settlement).isEmpty()) {
                problem(index, name, "coverage.settlement_invalid", item.isTextual() ? settlement : cut(item.toString()));
            } else {
                settlements.add(settlement);
            }
        }
        return settlements;
    }

    private Optional<Office> office(int index, String name, JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problem(index, name, "coverage.office_shape");
            return Optional.empty();
        }
        JsonNode officeName = node.get("name");
        JsonNode address = node.get("address");
        if (officeName == null || !officeName.isTextual() || officeName.asText().isBlank() || officeName.asText().strip().length() > MAX_NAME) {
            problem(index, name, "coverage.office_name", MAX_NAME);
            return Optional.empty();
        }
        if (address != null && !address.isNull() && (!address.isTextual() || address.asText().strip().length() > MAX_ADDRESS)) {
            problem(index, name, "coverage.office_address", MAX_ADDRESS);
            return Optional.empty();
        }
        JsonNode lon = node.get("lon");
        JsonNode lat = node.get("lat");
        BigDecimal lonValue = null;
        BigDecimal latValue = null;
        boolean noPlace = (lon == null || lon.isNull()) && (lat == null || lat.isNull());
        if (!noPlace) {
            if (lon == null || lat == null || !lon.isNumber() || !lat.isNumber()
                    || !(Math.abs(lon.asDouble()) <= 180) || !(Math.abs(lat.asDouble()) <= 90)) {
                problem(index, name, "coverage.office_position");
                return Optional.empty();
            }
            lonValue = lon.decimalValue().setScale(6, RoundingMode.HALF_UP);
            latValue = lat.decimalValue().setScale(6, RoundingMode.HALF_UP);
        }
        String shownAddress = address == null || address.isNull() || address.asText().isBlank() ? null : address.asText().strip();
        return Optional.of(new Office(officeName.asText().strip(), shownAddress, lonValue, latValue));
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private boolean full() {
        return problems.size() >= MAX_PROBLEMS;
    }

    private List<UploadedArea> fileProblem(String code, Object... args) {
        problem(0, null, code, args);
        return List.of();
    }

    private void problem(int feature, String featureName, String code, Object... args) {
        if (full()) {
            return;
        }
        if (problems.size() == MAX_PROBLEMS - 1) {
            problems.add(new UploadProblem(0, null, "coverage.too_many_problems", List.of(MAX_PROBLEMS - 1)));
            return;
        }
        List<Object> all = new ArrayList<>();
        if (feature > 0) {
            all.add(feature + (featureName == null ? "" : " «" + featureName + "»"));
        }
        all.addAll(List.of(args));
        problems.add(new UploadProblem(feature, featureName, code, all));
    }
}
