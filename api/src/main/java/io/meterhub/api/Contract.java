package io.meterhub.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.meterhub.api.http.Answer;
import io.vertx.core.json.JsonObject;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI file, the truth of the API: served as it is, and read to build the router.
 *
 * @param json the file as JSON, as it is
 */
public record Contract(byte[] bytes, JsonObject json) {
    public static final String RESOURCE = "/openapi/meterhub-v1.yaml";
    /** The keys of a path item that are operations; the others (parameters, summary, ...) apply to all of them. */
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public static Contract load() {
        try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            Map<String, Object> tree = new Yaml().load(new String(bytes, StandardCharsets.UTF_8));
            // through Jackson, so that nested maps and lists become JsonObject and JsonArray all the way down
            return new Contract(bytes, new JsonObject(Answer.JSON.writeValueAsString(tree)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the contract cannot be written as JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The contract as Vert.x's router reads it, with two differences that change no request's validation.
     * Its contract model refuses response media types it cannot validate, {@code application/problem+json}
     * among them, and the router validates no response: its copy names them {@code application/json} (the
     * same JSON). And it mounts a security handler for every security requirement, which this API checks
     * itself before validation ({@code http.Authentication}, reading {@link #json}): its copy has none.
     */
    public JsonObject forRouter() {
        JsonObject copy = new JsonObject(json.encode().replace("\"application/problem+json\":", "\"application/json\":"));
        copy.remove("security");
        copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return; // a path's own parameters, summary or description
            }
            JsonObject operation = (JsonObject) op.getValue();
            operation.remove("security");
            if (operation.containsKey("requestBody")) {
                renameMediaTypes(operation.getJsonObject("requestBody"));
            }
            operation.getJsonObject("responses", new JsonObject()).forEach(response -> renameMediaTypes((JsonObject) response.getValue()));
        }));
        return copy;
    }

    /**
     * The media type the router's copy names a body whose type it cannot read (CSV, XLSX, XML: files it does not
     * validate, and neither does the contract), or null for a type it reads. A request of such a type is
     * shown to the router as this one ({@code http.MediaTypeAliases}).
     */
    public static String routerMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return FILE_MEDIA_TYPES.contains(type) ? OCTET_STREAM : null;
    }

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final java.util.Set<String> FILE_MEDIA_TYPES = java.util.Set.of("text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/xml", "text/xml");

    private static void renameMediaTypes(JsonObject withContent) {
        JsonObject content = withContent.getJsonObject("content");
        if (content == null) {
            return;
        }
        for (String type : List.copyOf(content.fieldNames())) {
            if (routerMediaType(type) != null) {
                content.remove(type);
                // a file's bytes are not validated (its rows are, by the operation): no schema, which Vert.x would apply to a buffer
                content.put(OCTET_STREAM, new JsonObject());
            }
        }
    }

    /** The operations of the contract by operationId, each as the file has it. */
    public Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new java.util.LinkedHashMap<>();
        json.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return; // a path's own parameters, summary or description
            }
            JsonObject operation = (JsonObject) op.getValue();
            operations.put(operation.getString("operationId"), operation);
        }));
        return operations;
    }

    /** The operationIds of the contract, in the file's order. */
    public List<String> operationIds() {
        return List.copyOf(operations().keySet());
    }
}
