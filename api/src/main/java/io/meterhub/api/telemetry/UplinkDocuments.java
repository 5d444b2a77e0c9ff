package io.meterhub.api.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Contract v1 uplink documents the API writes itself (from a CSV file, from a meter replacement's values):
 * the same document a controller publishes, with the values as exact decimals, so no digit is lost on the way.
 */
public final class UplinkDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UplinkDocuments() {
    }

    /** One reading: a meter's registers at one moment, by OBIS code. */
    public record Reading(String meter, Instant ts, Map<String, BigDecimal> values) {
        public Reading {
            values = Map.copyOf(values);
        }
    }

    public static byte[] of(String controller, Instant sent, List<Reading> readings) {
        ObjectNode document = JSON.createObjectNode();
        document.put("v", 1);
        document.put("controller", controller);
        document.put("sent", sent.toString());
        ArrayNode items = document.putArray("readings");
        for (Reading reading : readings) {
            ObjectNode item = items.addObject();
            item.put("meter", reading.meter());
            item.put("ts", reading.ts().toString());
            ObjectNode values = item.putObject("values");
            reading.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(v -> values.put(v.getKey(), v.getValue()));
        }
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document of strings and decimals is always JSON", e);
        }
    }
}
