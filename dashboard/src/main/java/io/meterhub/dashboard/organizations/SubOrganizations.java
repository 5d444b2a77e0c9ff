package io.meterhub.dashboard.organizations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.organizations.OrganizationProfile;
import io.meterhub.cabinet.organizations.OrganizationService;

/**
 * The sub-organizations (branches, subsidiaries) the organization created, and the dialog that creates
 * another: its own cabinet, seen by the parent, never seeing the parent.
 */
final class SubOrganizations extends Div {
    static final String GRID_ID = "sub-organizations";
    static final String CREATE_ID = "sub-organization-create";
    static final String CONFIRM_ID = "sub-organization-confirm";

    private final Viewer viewer;
    private final OrganizationService organizations;
    private final Grid<OrganizationProfile> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    SubOrganizations(Viewer viewer, OrganizationService organizations) {
        this.viewer = viewer;
        this.organizations = organizations;
        setWidthFull();
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OrganizationProfile::id).setHeader(getTranslation("admin.organization.field.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrganizationProfile::name).setHeader(getTranslation("admin.organization.field.name")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("admin.organization.kind." + p.kind().name())).setHeader(getTranslation("admin.organization.field.kind"));
        grid.addColumn(p -> p.inn() == null ? "" : p.inn()).setHeader(getTranslation("admin.organization.field.inn"));
        grid.setAllRowsVisible(true);
        empty.setId(GRID_ID + "-empty");
        empty.setText(getTranslation("admin.organization.sub.empty"));
        Button create = new Button(getTranslation("admin.organization.sub.create"), click -> openCreate());
        create.setId(CREATE_ID);
        add(OrganizationView.section(getTranslation("admin.organization.section.sub")), create, empty, grid);
        refresh();
    }

    private void refresh() {
        var children = organizations.subOrganizations(viewer, viewer.organizationId());
        grid.setItems(children);
        grid.setVisible(!children.isEmpty());
        empty.setVisible(children.isEmpty());
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.organization.sub.create"));
        ProfileForm form = new ProfileForm(this::getTranslation, true);
        form.showDefaults(organizations.profile(viewer, viewer.organizationId()));
        Button confirm = new Button(getTranslation("admin.organization.sub.confirm"), click -> {
            form.clearProblems();
            try {
                OrganizationProfile created = organizations.createSubOrganization(viewer, viewer.organizationId(), form.read());
                dialog.close();
                refresh();
                Notification.show(getTranslation("admin.organization.sub.created", created.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidFieldsException e) {
                form.showProblems(e, getLocale());
            } catch (CabinetException e) {
                Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(CONFIRM_ID);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.add(form);
        dialog.setWidth("min(900px, 96vw)");
        dialog.open();
    }
}
