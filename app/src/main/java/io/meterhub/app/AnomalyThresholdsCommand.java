package io.meterhub.app;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.anomaly.OrganizationThresholds;
import io.meterhub.storage.anomaly.ThresholdField;
import io.meterhub.stream.anomaly.AnomalyThresholds;
import io.meterhub.stream.anomaly.ThresholdOverrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * An administrator's view of each organization's anomaly thresholds (V8): show them, set some, mark
 * meters with generation. The running pipeline picks changes up within {@code MH_ANOMALY_REFRESH_S}.
 */
@Command(name = "anomaly-thresholds", mixinStandardHelpOptions = true,
        description = "Show or set an organization's anomaly thresholds (MH_DB_URL); the pipeline reads them every MH_ANOMALY_REFRESH_S.",
        subcommands = {AnomalyThresholdsCommand.Show.class, AnomalyThresholdsCommand.Set.class, AnomalyThresholdsCommand.Generation.class})
final class AnomalyThresholdsCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("usage: meterhub anomaly-thresholds show|set|generation --help");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every threshold of the organization and whether it is its own or the default.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--org", required = true, description = "organization id")
        String organization;

        @Override
        public Integer call() throws SQLException {
            try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
                return show(database.dataSource(), organization, System.out, System.err);
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = {
            "Sets thresholds: name=value ... (name=default goes back to the default). The whole set is validated first;",
            "nothing is saved when any value is wrong."})
    static final class Set implements Callable<Integer> {
        @Option(names = "--org", required = true, description = "organization id")
        String organization;
        @Option(names = "--by", description = "who sets them (default: the login name)")
        String by = System.getProperty("user.name");
        @Parameters(arity = "1..*", paramLabel = "name=value", description = "e.g. spikeFactor=4 zeroMinHours=8")
        List<String> assignments;

        @Override
        public Integer call() throws SQLException {
            try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
                return set(database.dataSource(), organization, assignments, by, System.out, System.err);
            }
        }
    }

    @Command(name = "generation", mixinStandardHelpOptions = true,
            description = "Marks meters as measuring a site with generation (their export register may grow), or not with --off.")
    static final class Generation implements Callable<Integer> {
        @Option(names = "--off", description = "the meters have no generation")
        boolean off;
        @Parameters(arity = "1..*", paramLabel = "METER", description = "meter ids")
        List<String> meters;

        @Override
        public Integer call() throws SQLException {
            try (Database database = Database.open(StorageConfig.fromEnvironment(System.getenv()))) {
                int found = new AnomalyThresholdRepository(database.dataSource()).setGeneration(meters, !off);
                System.out.println(found + " of " + meters.size() + " meters marked " + (off ? "without" : "with") + " generation");
                return found == meters.size() ? 0 : 1;
            }
        }
    }

    static int show(DataSource dataSource, String organization, PrintStream out, PrintStream err) throws SQLException {
        AnomalyThresholdRepository repository = new AnomalyThresholdRepository(dataSource);
        if (!repository.organizationExists(organization)) {
            err.println("there is no organization \"" + organization + "\"");
            return 2;
        }
        Optional<OrganizationThresholds> own = repository.find(organization);
        Map<ThresholdField, Double> chosen = own.map(OrganizationThresholds::values).orElse(Map.of());
        AnomalyThresholds effective;
        String note = "";
        try {
            effective = ThresholdOverrides.apply(AnomalyThresholds.defaults(), chosen);
        } catch (IllegalArgumentException e) {
            effective = AnomalyThresholds.defaults();
            note = "  REJECTED, the pipeline uses the defaults: " + e.getMessage();
        }
        out.println("anomaly thresholds of " + organization + own.map(o -> " (set by " + o.updatedBy() + " at " + o.updatedAt() + ")")
                .orElse(" (all defaults)"));
        Map<ThresholdField, Double> values = ThresholdOverrides.values(effective);
        for (ThresholdField field : ThresholdField.values()) {
            boolean isOwn = chosen.containsKey(field);
            double shown = isOwn ? chosen.get(field) : values.get(field);
            out.printf("  %-22s %-10s %s%n", field.key(), plain(shown), isOwn ? "(organization)" : "(default)");
        }
        if (!note.isEmpty()) {
            out.println(note);
        }
        return 0;
    }

    static int set(DataSource dataSource, String organization, List<String> assignments, String by, PrintStream out, PrintStream err)
            throws SQLException {
        AnomalyThresholdRepository repository = new AnomalyThresholdRepository(dataSource);
        if (!repository.organizationExists(organization)) {
            err.println("there is no organization \"" + organization + "\"");
            return 2;
        }
        Map<ThresholdField, Double> values = new EnumMap<>(ThresholdField.class);
        repository.find(organization).ifPresent(own -> values.putAll(own.values()));
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            Optional<ThresholdField> field = eq > 0 ? ThresholdField.byKey(assignment.substring(0, eq).trim()) : Optional.empty();
            if (field.isEmpty()) {
                err.println("\"" + assignment + "\" is not name=value with a name among " + String.join(", ", ThresholdField.keys()));
                return 2;
            }
            String text = assignment.substring(eq + 1).trim();
            if (text.equals("default")) {
                values.remove(field.get());
                continue;
            }
            try {
                values.put(field.get(), field.get().parse(text));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
        try {
            ThresholdOverrides.apply(AnomalyThresholds.defaults(), values);
        } catch (IllegalArgumentException e) {
            err.println(organization + ": nothing saved, " + e.getMessage());
            return 2;
        }
        repository.save(organization, values, by == null || by.isBlank() ? "unknown" : by);
        out.println("saved " + values.size() + " own thresholds of " + organization + "; the pipeline applies them within MH_ANOMALY_REFRESH_S");
        return show(dataSource, organization, out, err);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
