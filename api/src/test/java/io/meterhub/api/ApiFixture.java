package io.meterhub.api;

import io.meterhub.api.keys.ApiKeys;
import io.meterhub.api.problem.Problem;
import io.meterhub.api.keys.Scope;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A running API on a free port over a fresh database and the test broker, with two organizations
 * (org-a with controllers ctl-a1 and ctl-a2, org-b with ctl-b1) and a JDK HTTP client.
 */
final class ApiFixture implements AutoCloseable {
    static final String ORG_A = "org-a";
    static final String ORG_B = "org-b";
    final String suffix = TestServices.uniqueSuffix().replaceAll("[^A-Za-z0-9]", "");
    final String ctlA1 = "ctl-a1-" + suffix;
    final String ctlA2 = "ctl-a2-" + suffix;
    final String ctlB1 = "ctl-b1-" + suffix;
    final String jdbcUrl;
    final Database database;
    final ApiKeys keys;
    final ApiServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Vertx vertx = Vertx.vertx();
    private final OpenAPIContract contract;
    private final ResponseValidator responses;

    ApiFixture(String purpose) {
        this(purpose, UnaryOperator.identity());
    }

    ApiFixture(String purpose, UnaryOperator<ApiConfig> configure) {
        jdbcUrl = TestServices.freshDatabase(purpose);
        StorageConfig storage = StorageConfig.of(jdbcUrl);
        database = Database.open(storage);
        sql("INSERT INTO organization (id, name, time_zone) VALUES ('" + ORG_A + "', 'Grid A', 'Europe/Moscow'), ('" + ORG_B
                + "', 'Grid B', 'Europe/Moscow')");
        sql("INSERT INTO controller (id, organization_id) VALUES ('" + ctlA1 + "', '" + ORG_A + "'), ('" + ctlA2 + "', '" + ORG_A + "'), ('"
                + ctlB1 + "', '" + ORG_B + "')");
        ApiAssembly assembly = new ApiAssembly(database.dataSource(), Clock.systemUTC());
        keys = assembly.apiKeys();
        ApiConfig config = configure.apply(ApiConfig.of(0, storage, TestServices.mqttUri(),
                MqttLogin.ANONYMOUS).withMqttClientId("api-test-" + suffix));
        server = ApiServer.start(config, assembly);
        try {
            contract = OpenAPIContract.from(vertx, Contract.load().forRouter()).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the contract does not load: " + e, e);
        }
        responses = ResponseValidator.create(vertx, contract);
    }

    String key(String organization, Scope... scopes) {
        return keys.create(organization, "test", Set.of(scopes)).secret();
    }

    /** A JSON body (or none, when null) with these headers, name and value after each other. */
    HttpResponse<String> send(String method, String path, String body, String... headers) {
        if (body == null) {
            return send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
        }
        String[] withType = java.util.Arrays.copyOf(headers, headers.length + 2);
        withType[headers.length] = "Content-Type";
        withType[headers.length + 1] = "application/json";
        return send(method, path, HttpRequest.BodyPublishers.ofString(body), withType);
    }

    HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
        return send(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
        followsTheContract(method, path, response);
        return response;
    }

    /**
     * Every answer of an operation must be one the contract lists for it, in the shape it gives (a problem
     * is checked as the JSON it is: the router's copy of the contract names it application/json).
     */
    private void followsTheContract(String method, String path, HttpResponse<String> response) {
        Operation operation = contract.findOperation(path.replaceFirst("\\?.*", ""), HttpMethod.valueOf(method));
        if (operation == null) {
            return; // not an operation: 404, 405 and the contract file itself
        }
        if (operation.getResponse(response.statusCode()) == null) {
            throw new AssertionError(operation.getOperationId() + " answered " + response.statusCode() + ", which the contract does not list: "
                    + response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse(null);
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
        try {
            responses.validate(ValidatableResponse.create(response.statusCode(), headers, Buffer.buffer(response.body()),
                    routerMediaType(type)), operation.getOperationId())
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(operation.getOperationId() + " answered " + response.statusCode() + " not as the contract says: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage() + "\n" + response.body(), e);
        }
    }

    /** The media type the router's copy of the contract names an answer's type (a problem is JSON, a CSV a file). */
    private static String routerMediaType(String type) {
        if (Problem.MEDIA_TYPE.equals(type)) {
            return "application/json";
        }
        String alias = Contract.routerMediaType(type);
        return alias != null ? alias : type;
    }

    /** A query's single text answer. */
    String text(String query) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String query) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void sql(String statement) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        vertx.close();
        server.close();
        database.close();
    }
}
