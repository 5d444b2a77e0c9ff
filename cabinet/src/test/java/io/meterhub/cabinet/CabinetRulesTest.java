package io.meterhub.cabinet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cabinet services take their repositories by constructor (the composition roots build them: the dashboard's per-feature
 * {@code @Configuration}, the demo module's seeders, the tests' {@code Services}), and the domain speaks no JDBC: its
 * repositories and its {@code Transactions} are interfaces of the module cabinet-domain, which storage implements.
 */
class CabinetRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub.cabinet");
    /** The JDBC side, on the tests' classpath only. */
    private static final JavaClasses STORAGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.meterhub.storage.cabinet", "io.meterhub.storage.consumption");
    /** The cabinet's ports share their packages with the services (one feature, one package): the module is told by where a class was loaded from. */
    private static final DescribedPredicate<JavaClass> IN_CABINET_DOMAIN = new DescribedPredicate<>("in the module cabinet-domain") {
        @Override
        public boolean test(JavaClass type) {
            return type.getSource().map(source -> source.getUri().toString())
                    .filter(uri -> uri.contains("/cabinet-domain/") || uri.contains("meterhub-cabinet-domain-")).isPresent();
        }
    };
    /** Repositories, stores, queries, registries and writers: storage's data access, as opposed to its records. */
    private static final DescribedPredicate<JavaConstructorCall> DATA_ACCESS_CONSTRUCTOR = new DescribedPredicate<>(
            "a constructor of storage's data access (…Repository, …Store, …Queries, …Registry, …Writer)") {
        @Override
        public boolean test(JavaConstructorCall call) {
            JavaClass owner = call.getTargetOwner();
            return owner.getPackageName().startsWith("io.meterhub.storage")
                    && owner.getSimpleName().matches(".*(Repository|Store|Queries|Registry|Writer)");
        }
    };

    @Test
    void cabinet_services_build_no_repositories() {
        noClasses().that().resideInAPackage("io.meterhub.cabinet..")
                .should().callConstructorWhere(DATA_ACCESS_CONSTRUCTOR)
                .check(CLASSES);
    }

    /** Every service runs its transactions through storage's Transactions port. */
    @Test
    void cabinet_domain_does_not_import_java_sql() {
        noClasses().that().resideInAPackage("io.meterhub.cabinet..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    /** The services see only the ports; storage is on cabinet's classpath for its tests alone. */
    @Test
    void cabinet_does_not_depend_on_storage() throws IOException {
        noClasses().that().resideInAPackage("io.meterhub.cabinet..")
                .should().dependOnClassesThat().resideInAPackage("io.meterhub.storage..")
                .check(CLASSES);
        assertThat(dependency(Path.of("pom.xml"), "meterhub-storage")).as("cabinet/pom.xml on meterhub-storage").contains("<scope>test</scope>");
        assertThat(dependency(Path.of("pom.xml"), "meterhub-cabinet-domain")).as("cabinet/pom.xml on meterhub-cabinet-domain").doesNotContain("<scope>");
        assertThat(dependency(Path.of("../cabinet-domain/pom.xml"), "meterhub-storage")).as("cabinet-domain/pom.xml on meterhub-storage").isEmpty();
    }

    /** Interfaces, the records and enums they speak, and the storage failure: what the services need, nothing that does it. */
    @Test
    void cabinet_domain_holds_no_java_sql_and_no_implementation() {
        noClasses().that(IN_CABINET_DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.meterhub.storage..")
                .check(CLASSES);
        classes().that(IN_CABINET_DOMAIN).and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("be an interface, a record, an enum or an exception") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean port = type.isInterface() || type.isRecord() || type.isEnum() || type.isAssignableTo(RuntimeException.class);
                        events.add(new SimpleConditionEvent(type, port, type.getName() + (port ? " is a port's type" : " implements something")));
                    }
                })
                .check(CLASSES);
    }

    /** Every public Jdbc* class of the cabinet's data access implements a port of the cabinet, and every repository port has its Jdbc* class. */
    @Test
    void storage_implements_the_cabinets_repository_interfaces() {
        classes().that().resideInAnyPackage("io.meterhub.storage.cabinet..", "io.meterhub.storage.consumption..")
                .and().arePublic().and().haveNameMatching(".*\\.Jdbc[A-Z]\\w*")
                .should(new ArchCondition<>("implement an interface of io.meterhub.cabinet..") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean implementsPort = type.getRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("io.meterhub.cabinet."));
                        events.add(new SimpleConditionEvent(type, implementsPort, type.getName() + " implements no port of the cabinet"));
                    }
                })
                .check(STORAGE);
        classes().that(IN_CABINET_DOMAIN).and().areInterfaces().and().haveNameMatching(".*(Repository|Store|Queries)")
                .should(new ArchCondition<>("have a Jdbc implementation in io.meterhub.storage") {
                    @Override
                    public void check(JavaClass port, ConditionEvents events) {
                        boolean implemented = STORAGE.stream().anyMatch(c -> c.getSimpleName().equals("Jdbc" + port.getSimpleName()) && c.isAssignableTo(port.getName()));
                        events.add(new SimpleConditionEvent(port, implemented, port.getName() + " has no Jdbc" + port.getSimpleName() + " in storage"));
                    }
                })
                .check(CLASSES);
    }

    /** The text of the pom's dependency on the artifact, empty when there is none. */
    private static String dependency(Path pom, String artifactId) throws IOException {
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(Files.readString(pom));
        while (dependency.find()) {
            if (dependency.group(1).contains("<artifactId>" + artifactId + "</artifactId>")) {
                return dependency.group(1);
            }
        }
        return "";
    }
}
