package io.meterhub.dashboard;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.Route;
import io.meterhub.dashboard.ui.RequiresModule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's own rules: no SQL in views, no package cycles, both languages complete. */
class DashboardRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.meterhub.dashboard");

    @Test
    void no_sql_in_the_dashboard() {
        noClasses().that().resideInAPackage("io.meterhub.dashboard..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }

    /**
     * Feature packages depend on the shared {@code ui} (layout, login, formats) and at most on each other one way.
     */
    @Test
    void dashboard_packages_have_no_cycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                String prefix = "io.meterhub.dashboard.";
                if (!name.startsWith(prefix)) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(prefix.length());
                String feature = rest.split("\\.")[0];
                return SliceIdentifier.of(feature);
            }

            @Override
            public String getDescription() {
                return "dashboard feature packages";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    /** A control panel page ({@code /admin/...}) belongs to a module: without one, every operator would see and open it. */
    @Test
    void every_control_panel_page_names_its_module() {
        classes().that().areAnnotatedWith(Route.class)
                .and(DescribedPredicate.describe("have a route under admin/",
                        (JavaClass c) -> c.getAnnotationOfType(Route.class).value().startsWith("admin/")))
                .should().beAnnotatedWith(RequiresModule.class)
                .check(CLASSES);
    }

    /** The layout builds its menu from the views' {@code @Menu}: the shared ui imports no feature's view. */
    @Test
    void the_shared_ui_imports_no_feature() {
        noClasses().that().resideInAPackage("io.meterhub.dashboard.ui")
                .should().dependOnClassesThat().resideInAnyPackage("io.meterhub.dashboard.connection..", "io.meterhub.dashboard.accounts..",
                        "io.meterhub.dashboard.anomalies..", "io.meterhub.dashboard.calculator..", "io.meterhub.dashboard.consumption..",
                        "io.meterhub.dashboard.connection..", "io.meterhub.dashboard.notifications..", "io.meterhub.dashboard.payments..",
                        "io.meterhub.dashboard.readings..", "io.meterhub.dashboard.receipts..", "io.meterhub.dashboard.registration..")
                .check(CLASSES);
    }

    @Test
    void russian_and_english_have_the_same_keys_and_russian_is_read_as_utf8() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties russian = load("i18n/messages_ru.properties");
        assertThat(new TreeSet<>(russian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(new MessagesI18NProviderProbe().translate("nav.overview", "ru")).isEqualTo("Обзор");
        assertThat(new MessagesI18NProviderProbe().translate("nav.overview", "en")).isEqualTo("Overview");
        assertThat(new MessagesI18NProviderProbe().translate("nav.overview", "de")).isEqualTo("Обзор");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DashboardRulesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The provider as Vaadin calls it. */
    private static final class MessagesI18NProviderProbe {
        String translate(String key, String language) {
            return new io.meterhub.dashboard.i18n.MessagesI18NProvider().getTranslation(key, java.util.Locale.forLanguageTag(language));
        }
    }

}
