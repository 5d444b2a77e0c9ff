package io.meterhub.dashboard.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;

import java.util.Optional;

/**
 * A page of the control panel: its module comes from the view's {@link RequiresModule}. Staff without
 * the module (or without an organization) see why instead of the page; {@link #viewer()} is empty then
 * and the subclass builds nothing. The services the page calls check the module again.
 */
public abstract class ModulePage extends OperatorPage {
    public static final String NO_MODULE_ID = "no-module";
    private final transient Viewer viewer;

    protected ModulePage(String titleKey, AuthenticationContext authentication, StaffRights rights) {
        super(titleKey);
        StaffModule module = getClass().getAnnotation(RequiresModule.class).value();
        Optional<Viewer> staff = StaffViewer.of(authentication);
        if (staff.isEmpty()) {
            add(note(getTranslation("operator.no-organization"), "operator-no-organization"));
            this.viewer = null;
        } else if (!rights.has(staff.get(), module)) {
            add(note(new NoModuleException(module).message(getLocale()), NO_MODULE_ID));
            this.viewer = null;
        } else {
            this.viewer = staff.get();
        }
    }

    /** The staff user holding the module; empty when the page shows why they may not use it. */
    protected Optional<Viewer> viewer() {
        return Optional.ofNullable(viewer);
    }
}
