package io.meterhub.cabinet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Cabinet services take their repositories by constructor (the composition roots build them: the dashboard's per-feature
 * {@code @Configuration}, the demo module's seeders, the tests' {@code Services}), and the domain speaks no JDBC: its
 * transactions go through storage's {@code Transactions}.
 */
class CabinetRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub.cabinet");
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
}
