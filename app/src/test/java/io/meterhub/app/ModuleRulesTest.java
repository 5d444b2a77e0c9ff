package io.meterhub.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module table of DESIGN.md: arrows only point down, and no package cycles. The rules run as
 * plain tests over every module's classes (the app's classpath holds them all).
 */
class ModuleRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub");
    }

    @Test
    void every_module_is_analysed() {
        for (String module : new String[] {"protocols", "devices", "storage", "ingest", "stream", "app"}) {
            org.assertj.core.api.Assertions.assertThat(classes.containPackage("io.meterhub." + module)).as(module).isTrue();
        }
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
    void storage_knows_only_protocols() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.ingest..", "io.meterhub.stream..",
                    "io.meterhub.app..", "org.apache.flink..");
        rule.check(classes);
    }

    @Test
    void ingest_knows_protocols_and_devices() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.stream..", "io.meterhub.storage..", "io.meterhub.app..",
                    "org.apache.flink..");
        rule.check(classes);
    }

    @Test
    void stream_knows_protocols_ingest_and_storage() {
        ArchRule rule = noClasses().that().resideInAPackage("io.meterhub.stream..")
            .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.devices..", "io.meterhub.app..");
        rule.check(classes);
    }

    @Test
    void no_module_is_used_by_a_lower_one() {
        ArchRule rule = slices().matching("io.meterhub.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        ArchRule rule = slices().matching("io.meterhub.(*).(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }
}
