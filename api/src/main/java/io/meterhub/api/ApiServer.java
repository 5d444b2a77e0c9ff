package io.meterhub.api;

import io.meterhub.api.http.ActingFor;
import io.meterhub.api.aiis.Maket80020Export;
import io.meterhub.api.aiis.Maket80020Import;
import io.meterhub.api.aiis.MeasuringPointOperations;
import io.meterhub.api.docs.ContractPage;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.Authentication;
import io.meterhub.api.http.FailureHandler;
import io.meterhub.api.http.OperationHandler;
import io.meterhub.api.http.RateLimiter;
import io.meterhub.api.http.Replies;
import io.meterhub.api.http.Idempotency;
import io.meterhub.api.http.MediaTypeAliases;
import io.meterhub.api.exchange.BillingExchange;
import io.meterhub.api.exchange.BillingExports;
import io.meterhub.api.exchange.BillingImports;
import io.meterhub.api.problem.Problems;
import io.meterhub.api.registry.AccountOperations;
import io.meterhub.api.registry.ControllerOperations;
import io.meterhub.api.registry.MeterOperations;
import io.meterhub.api.registry.ReplacementOperation;
import io.meterhub.api.telemetry.CsvTelemetryIngest;
import io.meterhub.api.telemetry.BrokerPublisher;
import io.meterhub.api.telemetry.TelemetryIngest;
import io.meterhub.cabinet.organizations.OrganizationProfileRow;
import io.meterhub.api.webhooks.WebhookDispatcher;
import io.meterhub.api.webhooks.WebhookOperations;
import io.meterhub.cabinet.registry.ControllerRow;
import io.meterhub.storage.api.IdempotencyRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The integration API on Vert.x: the router is built from the contract ({@link Contract}), so every
 * request is validated against it before an operation runs. Handlers in order: the body (up to the
 * limit), the key, its scopes and its rate ({@link Authentication}), the contract's validation, the
 * operation; every failure becomes a problem ({@link FailureHandler}).
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    public static final String CONTRACT_PATH = "/api/v1/openapi.yaml";
    private static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);
    private final Vertx vertx;
    private final HttpServer server;
    private final BrokerPublisher broker;
    private final WebhookDispatcher webhooks;

    private ApiServer(Vertx vertx, HttpServer server, BrokerPublisher broker, WebhookDispatcher webhooks) {
        this.webhooks = webhooks;
        this.vertx = vertx;
        this.server = server;
        this.broker = broker;
    }

    /** Starts the API over an open (migrated) database; connects to the broker first, and fails when it cannot. */
    public static ApiServer start(ApiConfig config, ApiAssembly assembly) {
        BrokerPublisher broker = new BrokerPublisher(config.mqttUri(), config.mqttClientId(), config.mqttLogin());
        Vertx vertx = Vertx.vertx();
        try {
            Contract contract = Contract.load();
            OpenAPIContract openApi = await(OpenAPIContract.from(vertx, contract.forRouter()));
            Router router = router(vertx, config, assembly, contract, openApi, broker);
            HttpServer server = await(vertx.createHttpServer(serverOptions(config)).requestHandler(router).listen());
            IdempotencyRepository answers = new IdempotencyRepository(assembly.dataSource());
            vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> vertx.executeBlocking(
                    () -> answers.forgetOlderThan(Clock.systemUTC().instant(), IDEMPOTENCY_RETENTION), false));
            WebhookDispatcher webhooks = new WebhookDispatcher(vertx, assembly.webhooks(), config.webhooks(), Clock.systemUTC()).start();
            return new ApiServer(vertx, server, broker, webhooks);
        } catch (RuntimeException e) {
            vertx.close();
            broker.close();
            throw e;
        }
    }

    private static Router router(Vertx vertx, ApiConfig config, ApiAssembly assembly, Contract contract, OpenAPIContract openApi,
                                 BrokerPublisher broker) {
        RouterBuilder builder = RouterBuilder.create(vertx, openApi, RequestExtractor.withBodyHandler());
        builder.rootHandler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
        builder.rootHandler(new MediaTypeAliases(Contract::routerMediaType));
        builder.rootHandler(new Authentication(openApi, contract.operations(), contract.json().getJsonArray("security"), assembly.apiKeys(),
                new RateLimiter(config.ratePerSecond(), config.rateBurst(), System::nanoTime)));
        Idempotency idempotency = new Idempotency(new IdempotencyRepository(assembly.dataSource()));
        var registry = assembly.registryRepository();
        TelemetryIngest telemetry = new TelemetryIngest(id -> registry.controller(id).map(ControllerRow::organizationId), broker,
                config.maxDocumentBytes());
        MeterOperations meters = new MeterOperations(assembly.registry());
        Map<String, io.meterhub.api.http.Operation> operations = new java.util.HashMap<>(Map.of(
                "ingestTelemetry", request -> telemetry.ingest(request.caller().organizations(), request.body()),
                "listMeters", meters::list,
                "upsertMeters", meters::upsert));
        operations.putAll(BillingExchange.operations(new BillingImports(assembly.loads()), new BillingExports(assembly.exports())));
        registryOperations(operations, assembly, broker);
        operations.putAll(aiisOperations(assembly, broker));
        operations.putAll(new WebhookOperations(assembly.webhooks(), Clock.systemUTC()).operations());
        for (var route : builder.getRoutes()) {
            String id = route.getOperation().getOperationId();
            if (operations.containsKey(id)) {
                route.addHandler(new OperationHandler(id, operations.get(id), idempotency));
            } else {
                throw new IllegalStateException("the contract's operation " + id + " has no handler");
            }
        }
        Router router = builder.createRouter();
        // the contract itself, public: Vert.x's contract model knows no YAML media type, so this is a route beside the operations
        router.get(CONTRACT_PATH).handler(ctx -> Replies.send(ctx, new Answer(200, "application/yaml", contract.bytes(), Map.of())));
        ContractPage.load().mount(router);
        FailureHandler failures = new FailureHandler(config.maxBodyBytes());
        router.route().failureHandler(failures);
        router.errorHandler(404, ctx -> Replies.send(ctx, Problems.notFound(ctx.request().path())));
        router.errorHandler(405, ctx -> Replies.send(ctx, Problems.methodNotAllowed(ctx.request().method().name(), ctx.request().path())));
        router.errorHandler(500, failures);
        return router;
    }

    /**
     * HTTP/1.1 only: Vert.x answered a cleartext HTTP/2 upgrade (java.net.http asks for one by default) of a 2 MB response
     * with HTTP/1.1 bytes the client read as HTTP/2 frames ("Frame type(101) ... exceeds MAX_FRAME_SIZE"), seen fetching
     * the contract page's script.
     */
    private static HttpServerOptions serverOptions(ApiConfig config) {
        return new HttpServerOptions().setPort(config.port()).setHttp2ClearTextEnabled(false);
    }

    /** Controllers, a meter, its replacement, accounts, customers, and CSV telemetry (issue 15's registry). */
    private static void registryOperations(Map<String, io.meterhub.api.http.Operation> operations, ApiAssembly assembly, BrokerPublisher broker) {
        ControllerOperations controllers = new ControllerOperations(assembly.registry());
        MeterOperations meters = new MeterOperations(assembly.registry());
        ReplacementOperation replacement = new ReplacementOperation(assembly.registry(), broker, Clock.systemUTC());
        AccountOperations accounts = new AccountOperations(assembly.customerRegistry());
        CsvTelemetryIngest csv = new CsvTelemetryIngest(assembly.meterPlaces(), broker, Clock.systemUTC());
        operations.putAll(Map.of(
                "listControllers", controllers::list,
                "getController", controllers::get,
                "upsertControllers", controllers::upsert,
                "getMeter", meters::get,
                "replaceMeter", replacement::replace,
                "listAccounts", accounts::listAccounts,
                "getAccount", accounts::getAccount,
                "upsertAccounts", accounts::upsertAccounts,
                "listCustomers", accounts::listCustomers,
                "getCustomer", accounts::getCustomer));
        operations.put("upsertCustomers", accounts::upsertCustomers);
        operations.put("ingestTelemetryCsv", request -> csv.ingest(request.caller().organizations(), request.body()));
    }

    /** The АИИС КУЭ operations: measuring points, 80020 files in and out. */
    private static Map<String, io.meterhub.api.http.Operation> aiisOperations(ApiAssembly assembly, BrokerPublisher broker) {
        MeasuringPointOperations points = new MeasuringPointOperations(assembly.aiis());
        var organizations = assembly.organizations();
        Maket80020Import maket80020 = new Maket80020Import(assembly.aiis(), id -> organizations.profile(id).map(OrganizationProfileRow::inn), broker);
        Maket80020Export export80020 = new Maket80020Export(assembly.aiis(), organizations::profile, assembly.clock());
        return Map.of(
                "listMeasuringPoints", points::list,
                "upsertMeasuringPoints", points::upsert,
                "ingest80020", request -> maket80020.ingest(ActingFor.one(request), request.body()),
                "export80020", export80020::export);
    }

    public int port() {
        return server.actualPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/api/v1/";
    }

    @Override
    public void close() {
        try {
            webhooks.close();
            await(server.close());
            await(vertx.close());
        } catch (RuntimeException e) {
            LOG.warn("stopping the API: {}", e.toString());
        } finally {
            broker.close();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting or stopping the API", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the API did not start or stop in 30 s", e);
        }
    }
}
