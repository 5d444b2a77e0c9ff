package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.access.StaffModule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The control panel module a staff page belongs to: the menu shows the page only to staff holding it,
 * and {@link ModulePage} sends others away. The page's services check the module again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresModule {
    StaffModule value();

    /** Other modules that open the page as well (the customers' search serves USERS and MANUAL_EDITING alike). */
    StaffModule[] orAny() default {};

    /** The rule of one annotation, for the menu, the guard and the page. */
    final class Rule {
        private Rule() {
        }

        /** True when there is no annotation or the modules include its module or one of {@code orAny}. */
        public static boolean holds(RequiresModule module, java.util.Set<StaffModule> modules) {
            return module == null || modules.contains(module.value()) || java.util.Arrays.stream(module.orAny()).anyMatch(modules::contains);
        }
    }
}
