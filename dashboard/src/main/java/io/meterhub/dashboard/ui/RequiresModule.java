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
}
