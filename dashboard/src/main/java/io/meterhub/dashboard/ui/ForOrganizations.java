package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.organizations.OrganizationKind;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kinds of organization a staff page serves: grid connection under Decree 861 is a grid company's work, so a
 * housing utility's staff neither see its menus nor open it by its address. A page without it serves every kind.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForOrganizations {
    OrganizationKind[] value();
}
