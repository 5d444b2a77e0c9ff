package io.meterhub.dashboard.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.CustomerMatch;
import io.meterhub.cabinet.customers.SearchPage;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

/**
 * Customers (Потребители): a search by account number, meter number, name or address within the
 * organization, one page of matches at a time, each showing what matched; a match opens the customer's card.
 */
@Menu(title = "nav.admin-customers", order = 32, icon = "vaadin:search")
@Route(value = "admin/customers", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(value = StaffModule.USERS, orAny = StaffModule.MANUAL_EDITING)
public class CustomersView extends ModulePage {
    public static final String SEARCH_ID = "customers-search";
    public static final String FIND_ID = "customers-find";
    public static final String LIST_ID = "customers-list";
    public static final String PREVIOUS_ID = "customers-previous";
    public static final String NEXT_ID = "customers-next";
    public static final String EMPTY_ID = "customers-empty";
    static final int PAGE = 20;

    private final transient CustomerDirectory directory;
    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Span empty = new Span();
    private int offset;

    public CustomersView(AuthenticationContext authentication, StaffRights rights, CustomerDirectory directory) {
        super("nav.admin-customers", authentication, rights);
        this.directory = directory;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        search.setId(SEARCH_ID);
        search.setPlaceholder(getTranslation("admin.customers.search.placeholder"));
        search.setHelperText(getTranslation("admin.customers.search.hint", CustomerDirectory.MIN_QUERY));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.addKeyPressListener(Key.ENTER, e -> find(viewer, 0));
        Button find = new Button(getTranslation("admin.customers.search.find"), click -> find(viewer, 0));
        find.setId(FIND_ID);
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(search, find);
        bar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline").set("width", "100%")
                .set("max-width", "720px");

        list.setId(LIST_ID);
        list.setWidthFull();
        list.getStyle().set("max-width", "720px");

        previous.setText(getTranslation("admin.customers.previous"));
        previous.setId(PREVIOUS_ID);
        previous.addClickListener(click -> find(viewer, Math.max(0, offset - PAGE)));
        next.setText(getTranslation("admin.customers.next"));
        next.setId(NEXT_ID);
        next.addClickListener(click -> find(viewer, offset + PAGE));
        Div paging = new Div(previous, next);
        paging.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        previous.setVisible(false);
        next.setVisible(false);
        empty.setId(EMPTY_ID);
        empty.setVisible(false);
        add(bar, empty, list, paging);
    }

    private void find(Viewer viewer, int from) {
        SearchPage page = directory.search(viewer, search.getValue(), from, PAGE);
        offset = page.offset();
        list.removeAll();
        page.items().forEach(m -> list.add(match(m)));
        boolean tooShort = search.getValue() == null || search.getValue().strip().length() < CustomerDirectory.MIN_QUERY;
        empty.setText(getTranslation(tooShort ? "admin.customers.too-short" : "admin.customers.none", CustomerDirectory.MIN_QUERY));
        empty.setVisible(page.items().isEmpty());
        previous.setVisible(offset > 0);
        next.setVisible(page.more());
    }

    /** One match as a card that reads on a phone: the holder, the account and address, what matched, and the way to the card. */
    private Component match(CustomerMatch m) {
        Span name = new Span(m.holder());
        name.getStyle().set("font-weight", "600");
        Span account = new Span(getTranslation("admin.customers.account", m.accountNumber()) + " · " + m.address());
        account.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span found = new Span(getTranslation("admin.customers.column.match") + " " + getTranslation("admin.customers.key." + m.matchedBy().name())
                + ": " + m.matchedText());
        found.setId("match-" + m.accountId() + "-found");
        found.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Button open = new Button(getTranslation("admin.customers.open"), click -> open(m));
        open.setId("customer-open-" + m.accountId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div card = new Div(new Div(name), new Div(account), new Div(found), open);
        card.setId("match-" + m.accountId());
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0")
                .set("word-break", "break-word");
        return card;
    }

    private void open(CustomerMatch m) {
        getUI().ifPresent(ui -> ui.navigate(CustomerCardView.class, new RouteParameters(CustomerCardView.ID_PARAMETER, String.valueOf(m.customerId()))));
    }
}
