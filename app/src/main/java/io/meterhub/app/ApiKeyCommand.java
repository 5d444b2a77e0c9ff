package io.meterhub.app;

import io.meterhub.api.ApiAssembly;
import io.meterhub.cabinet.apikeys.ApiKey;
import io.meterhub.cabinet.apikeys.ApiKeyAdministration;
import io.meterhub.cabinet.apikeys.ApiKeys;
import io.meterhub.cabinet.apikeys.CreatedKey;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code ./meterhub api-key create|revoke|list}: API keys of organizations, over MH_DB_URL. */
@Command(name = "api-key", mixinStandardHelpOptions = true, description = "API keys of organizations for the integration API (MH_DB_URL).",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.Revoke.class, ApiKeyCommand.ListKeys.class})
final class ApiKeyCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** How the audit log names what the command line did. */
    static final String TOOL = "cli";

    static <T> T withKeys(Function<ApiKeyAdministration, T> work) {
        try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
            return work.apply(new ApiAssembly(database.dataSource(), Clock.systemUTC()).apiKeyAdministration());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make a key and print it: it is shown this once, only its hash is kept.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--org", required = true, description = "the organization the key acts for")
        String organization;
        @Option(names = "--scopes", required = true, description = "comma-separated: registry:write, telemetry:write, billing:write, "
                + "exports:read, webhooks:manage")
        String scopes;
        @Option(names = "--name", description = "what the key is for, as lists show it (default: key <id>)")
        String name;
        @Option(names = "--include-sub-organizations", description = "the key acts for the organization's sub-organizations (at any depth) too")
        boolean includeSubOrganizations;

        @Override
        public Integer call() {
            CreatedKey created;
            try {
                created = withKeys(keys -> keys.createBySystem(TOOL, organization, name, ApiKeys.parseScopes(scopes), includeSubOrganizations));
            } catch (IllegalArgumentException e) {
                System.err.println("no key made: " + e.getMessage());
                return 2;
            }
            PrintStream out = System.out;
            out.println(created.secret());
            System.err.println("key " + created.key().id() + " of " + organization + (includeSubOrganizations ? " and its sub-organizations" : "")
                    + " (" + scopes(created.key()) + "): keep it now,"
                    + " it is not shown again; revoke with ./meterhub api-key revoke " + created.key().id());
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id (or the whole key): it is refused at once.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "KEY_ID")
        String id;

        @Override
        public Integer call() {
            boolean revoked = withKeys(keys -> keys.revokeBySystem(TOOL, id));
            System.out.println(revoked ? "revoked " + id : "no key " + id + " to revoke (unknown, or revoked before)");
            return revoked ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The organization's keys: id, name, scopes, created, last used, revoked.")
    static final class ListKeys implements Callable<Integer> {
        @Option(names = "--org", required = true)
        String organization;

        @Override
        public Integer call() {
            for (ApiKey key : withKeys(keys -> keys.ofOrganizationBySystem(organization))) {
                System.out.println(key.id() + "  " + key.name() + "  " + scopes(key) + "  created " + key.createdAt() + (key.createdBy() == null ? "" : " by " + key.createdBy()) + "  last used "
                        + (key.lastUsedAt() == null ? "never" : key.lastUsedAt())
                        + (key.includeSubOrganizations() ? "  with sub-organizations" : "") + (key.revoked() ? "  REVOKED " + key.revokedAt() : ""));
            }
            return 0;
        }
    }

    private static String scopes(ApiKey key) {
        return key.scopes().stream().sorted().map(Scope::wire).collect(Collectors.joining(","));
    }
}
