package io.meterhub.cabinet.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The properties two JSON objects of the audit log differ in: what an action changed, property by property. */
final class AuditChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChanges() {
    }

    static List<AuditEntry.Change> between(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        TreeSet<String> properties = new TreeSet<>();
        before.fieldNames().forEachRemaining(properties::add);
        after.fieldNames().forEachRemaining(properties::add);
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String p : properties) {
            String b = text(before.get(p));
            String a = text(after.get(p));
            if (!Objects.equals(b, a)) {
                changes.add(new AuditEntry.Change(p, b, a));
            }
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? node : JSON.createObjectNode().set("value", node);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode().put("value", json);
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
