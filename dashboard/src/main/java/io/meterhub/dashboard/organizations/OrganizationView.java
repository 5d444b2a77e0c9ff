package io.meterhub.dashboard.organizations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.organizations.OrganizationProfile;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.cabinet.tariffs.TariffAdministration;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organization's properties (Свойства организации): names and registration numbers, address and
 * contacts, bank requisites for the receipts' payment QR, time zone, tariff zones and the readings
 * window; below them its sub-organizations. Every field that is wrong is marked at once with why.
 */
@Menu(title = "nav.admin-organization", order = 30, icon = "vaadin:building")
@Route(value = "admin/organization", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.ORGANIZATION)
public class OrganizationView extends ModulePage {
    public static final String SAVE_ID = "organization-save";

    private final transient OrganizationService organizations;
    private final transient TariffAdministration catalog;
    private final ProfileForm form = new ProfileForm(this::getTranslation, false);

    public OrganizationView(AuthenticationContext authentication, StaffRights rights, OrganizationService organizations,
                            TariffAdministration catalog) {
        super("nav.admin-organization", authentication, rights);
        this.organizations = organizations;
        this.catalog = catalog;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        OrganizationProfile profile = organizations.profile(viewer, viewer.organizationId());
        form.show(profile);
        Button save = new Button(getTranslation("admin.organization.save"), click -> save(viewer));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save, new ServicesSection(viewer, organizations, catalog), new SubOrganizations(viewer, organizations));
    }

    private void save(Viewer viewer) {
        form.clearProblems();
        try {
            OrganizationProfile saved = organizations.update(viewer, form.read(), null);
            form.show(saved);
            Notification.show(getTranslation("admin.organization.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidFieldsException e) {
            form.showProblems(e, getLocale());
        } catch (CabinetException e) {
            Notification.show(e.message(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static FormLayout responsive(FormLayout layout) {
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setMaxWidth("900px");
        return layout;
    }

    static com.vaadin.flow.component.html.Paragraph hint(String text) {
        com.vaadin.flow.component.html.Paragraph p = new com.vaadin.flow.component.html.Paragraph(text);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return p;
    }

    static H3 section(String text) {
        H3 h = new H3(text);
        h.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        return h;
    }
}
