package io.meterhub.cabinet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Cabinet services take their repositories by constructor (the composition roots build them), and the domain
 * speaks no JDBC. The grid connection and correspondence (track A of issue 13) are outside the java.sql rule until they
 * have a transaction port; the rule also names the other services that still run a JDBC transaction.
 */
class CabinetRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub.cabinet");
    private static final String[] NOT_YET = {"io.meterhub.cabinet.connection..", "io.meterhub.cabinet.correspondence.."};
    /** Services whose transactions still take a java.sql.Connection: the next step gives them a transaction port. */
    private static final List<String> STILL_ON_JDBC = List.of(
            "io.meterhub.cabinet.payments.PaymentService", "io.meterhub.cabinet.payments.PaymentLedger",
            "io.meterhub.cabinet.payments.JdbcPaymentLedger", "io.meterhub.cabinet.payments.HolderPaymentAccess",
            "io.meterhub.cabinet.ledger.LedgerService", "io.meterhub.cabinet.anomalies.AnomalyReviewService",
            "io.meterhub.cabinet.registration.RegistrationService", "io.meterhub.cabinet.receipts.ReceiptService",
            "io.meterhub.cabinet.consumption.ConsumptionService", "io.meterhub.cabinet.anomalies.EpisodeContextService");

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

    @Test
    void cabinet_domain_does_not_import_java_sql() {
        noClasses().that().resideInAPackage("io.meterhub.cabinet..").and().resideOutsideOfPackages(NOT_YET)
                .and(DescribedPredicate.describe("are not yet given a transaction port",
                        (JavaClass c) -> !STILL_ON_JDBC.contains(c.getName()) && !STILL_ON_JDBC.contains(outermost(c).getName())))
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
