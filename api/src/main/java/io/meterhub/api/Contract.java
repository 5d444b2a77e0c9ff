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

/**
 * The OpenAPI file, the truth of the API: served as it is, and read to build the router.
 *
 * @param json the file as JSON, as it is
 */
public record Contract(byte[] bytes, JsonObject json) {
    public static final String RESOURCE = "/openapi/meterhub-v1.yaml";

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
     * itself before validation ({@code http.Authentication}, reading {@link #json}): its copy has none. Its contract
     * model knows no {@code text/csv} either: its copy names it {@code text/plain}, and the server checks a CSV
     * operation's request itself ({@code telemetry.CsvRequestCheck}).
     */
    public JsonObject forRouter() {
        JsonObject copy = new JsonObject(json.encode().replace("\"application/problem+json\":", "\"application/json\":")
                .replace("\"text/csv\":", "\"text/plain\":"));
        copy.remove("security");
        copy.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> ((JsonObject) op.getValue()).remove("security")));
        return copy;
    }

    /** The operations of the contract by operationId, each as the file has it. */
    public Map<String, JsonObject> operations() {
        Map<String, JsonObject> operations = new java.util.LinkedHashMap<>();
        json.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
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
