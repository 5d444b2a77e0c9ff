package io.meterhub.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module table of DESIGN.md: arrows only point down, and no package cycles. The rules run as
 * plain tests over every module's classes (the app's classpath holds them all).
 */
class ModuleRulesTest {
    private static final String[] PRODUCTION_MODULES = {"protocols", "cabinet-domain", "storage", "ingest", "stream", "cabinet", "dashboard", "demo",
            "api"};
    /** cabinet-domain shares the cabinet's packages (one feature, one package). */
    private static final String[] PRODUCTION_PACKAGES = Arrays.stream(PRODUCTION_MODULES).filter(m -> !m.contains("-"))
            .map(m -> "io.meterhub." + m + "..").toArray(String[]::new);
    private static final String[] ALL_MODULES = {"protocols", "devices", "cabinet-domain", "storage", "ingest", "stream", "cabinet", "dashboard", "demo",
            "api", "app", "testkit"};
    /** The cabinet's ports share their packages with the services: the module is told by where a class was loaded from. */
    private static final DescribedPredicate<JavaClass> CABINET_SERVICES = new DescribedPredicate<>("the cabinet's services (not cabinet-domain)") {
        @Override
        public boolean test(JavaClass type) {
            return type.getPackageName().startsWith("io.meterhub.cabinet") && type.getSource().map(source -> source.getUri().toString())
                    .filter(uri -> uri.contains("/cabinet-domain/") || uri.contains("meterhub-cabinet-domain-")).isEmpty();
        }
    };
    /** Surefire runs in the module's directory. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub");
    }

    @Test
    void every_module_is_analysed() {
        for (String module : new String[] {"protocols", "devices", "storage", "ingest", "stream", "cabinet", "dashboard", "demo", "api", "app"}) {
            assertThat(classes.containPackage("io.meterhub." + module)).as(module).isTrue();
        }
        assertThat(classes.contain("io.meterhub.cabinet.common.Transactions")).as("cabinet-domain").isTrue();
    }

    @Test
    void protocols_know_nothing_of_ours() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.protocols..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.ingest..", "io.meterhub.stream..",
                    "io.meterhub.storage..", "io.meterhub.app..");
        rule.check(classes);
    }

    @Test
    void protocols_use_no_io_framework() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.protocols..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..", "com.ghgande..", "org.apache.flink..", "java.sql..");
        rule.check(classes);
    }

    @Test
    void devices_know_only_protocols() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.devices..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.ingest..", "io.meterhub.stream..", "io.meterhub.storage..",
                    "io.meterhub.app..");
        rule.check(classes);
    }

    @Test
    void storage_knows_only_protocols_and_the_cabinets_ports() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.ingest..", "io.meterhub.stream..",
                    "io.meterhub.dashboard..", "io.meterhub.demo..", "io.meterhub.app..", "org.apache.flink..")
            .orShould().dependOnClassesThat(CABINET_SERVICES);
        rule.check(classes);
    }

    @Test
    void ingest_knows_only_protocols() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.stream..", "io.meterhub.storage..",
                    "io.meterhub.app..", "org.apache.flink..");
        rule.check(classes);
    }

    @Test
    void stream_knows_protocols_ingest_and_storage() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.stream..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.app..");
        rule.check(classes);
    }

    /** The integration API stands on the cabinet's services and the ingest adapters, beside the views: it knows neither them nor the pipeline. */
    @Test
    void api_knows_cabinet_ingest_storage_and_protocols_only() {
        noClasses().that().resideInAPackage("io.meterhub.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.dashboard..", "io.meterhub.demo..", "io.meterhub.stream..",
                        "io.meterhub.devices..", "io.meterhub.app..", "org.apache.flink..", "com.vaadin..", "org.springframework..")
                .check(classes);
    }

    @Test
    void no_module_is_used_by_a_lower_one() {
        ArchRule rule = slices().matching("io.meterhub.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        ArchRule rule = slices().assignedFrom(featuresOf("io\\.meterhub\\.([\\w]+)\\.(\\w+)(\\..*)?")).should().beFreeOfCycles();
        rule.check(classes);
    }

    /** The simulators are for the demo, tests and benchmarks: no production class uses them, no production pom ships them. */
    @Test
    void production_modules_do_not_depend_on_devices() throws IOException {
        noClasses().that().resideInAnyPackage(PRODUCTION_PACKAGES)
                .should().dependOnClassesThat().resideInAPackage("io.meterhub.devices..")
                .check(classes);
        for (String module : PRODUCTION_MODULES) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
            while (dependency.find()) {
                String declared = dependency.group(1);
                if (declared.contains("<artifactId>meterhub-devices</artifactId>")) {
                    assertThat(declared).as(module + "/pom.xml depends on meterhub-devices").contains("<scope>test</scope>");
                }
            }
        }
    }

    /** The demo's data is the launcher's to seed (and the dashboard tests'): no other production module uses it. */
    @Test
    void only_the_launcher_uses_the_demo() {
        noClasses().that().resideInAnyPackage("io.meterhub.protocols..", "io.meterhub.storage..", "io.meterhub.ingest..", "io.meterhub.stream..",
                        "io.meterhub.cabinet..", "io.meterhub.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("io.meterhub.demo..")
                .check(classes);
    }

    /**
     * Views speak the cabinet's records; only the composition root (the per-feature Spring
     * configurations, the server and its settings) builds storage's repositories for them.
     */
    @Test
    void dashboard_views_do_not_import_storage_only_the_composition_root_does() {
        noClasses().that().resideInAPackage("io.meterhub.dashboard..")
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .and().doNotHaveFullyQualifiedName("io.meterhub.dashboard.DashboardServer")
                .and().doNotHaveFullyQualifiedName("io.meterhub.dashboard.DashboardConfig")
                .should().dependOnClassesThat().resideInAPackage("io.meterhub.storage..")
                .check(classes);
    }

    // cabinet_does_not_depend_on_storage, cabinet_domain_holds_no_java_sql_and_no_implementation and
    // storage_implements_the_cabinets_repository_interfaces live in cabinet's CabinetRulesTest.

    @Test
    void no_cycles_between_feature_slices_in_cabinet() {
        slices().assignedFrom(featuresOf("io\\.meterhub\\.(cabinet)\\.(\\w+)(\\..*)?")).should().beFreeOfCycles().check(classes);
    }

    /**
     * Feature slices, a module's feature each: the package's module and feature as the pattern's two groups, except that a
     * class of cabinet-domain is in that module, not in cabinet. The ports share the cabinet's packages (one feature, one
     * package), so {@code access} asking {@code accounts.AccountRepository} while {@code accounts} asks {@code access} is
     * a cycle of Java packages but not of modules: services depend on ports, ports on nothing of the services, as they did
     * when the repositories were storage's.
     */
    private static SliceAssignment featuresOf(String packagePattern) {
        Pattern pattern = Pattern.compile(packagePattern);
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                Matcher feature = pattern.matcher(type.getPackageName());
                if (!feature.matches()) {
                    return SliceIdentifier.ignore();
                }
                String module = CABINET_SERVICES.test(type) || !feature.group(1).equals("cabinet") ? feature.group(1) : "cabinet-domain";
                return SliceIdentifier.of(module, feature.group(2));
            }

            @Override
            public String getDescription() {
                return "features of " + packagePattern + " by module (cabinet-domain apart from cabinet)";
            }
        };
    }

    @Test
    void no_cycles_between_feature_slices_in_storage() {
        slices().matching("io.meterhub.storage.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("io.meterhub.storage.cabinet.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_cycles_between_feature_slices_in_dashboard() {
        slices().matching("io.meterhub.dashboard.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Anything that grows past 400 source lines (not blank, not a comment, not an import) is split before it lands.
     * ArchUnit sees bytecode, not lines, so this scans the sources.
     */
    @Test
    void no_class_in_src_main_is_over_400_lines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        for (String module : ALL_MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines = sourceLines(Files.readString(file));
                    if (lines > 400) {
                        tooLong.put(ROOT.relativize(file).toString(), lines);
                    }
                }
            }
        }
        assertThat(tooLong).as("source lines per file").isEmpty();
    }

    private static long sourceLines(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "");
        return code.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("//") && !line.startsWith("import ") && !line.startsWith("package "))
                .count();
    }
}
