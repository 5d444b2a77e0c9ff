package io.meterhub.dashboard.receipts;

import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Monthly receipts: an account ({@code receipts/<accountId>}, or chosen) and a month, and the PDF
 * with the payment QR, built through {@code ReceiptService.receiptFor(viewer, ...)} so access is
 * checked on every download.
 */
@Menu(title = "nav.receipts", order = 5, icon = "vaadin:file-text-o")
@Route(value = "receipts/:" + ReceiptsView.ACCOUNT + "?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ReceiptsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ACCOUNT = "accountId";
    public static final String ACCOUNT_SELECT_ID = "receipt-account";
    public static final String MONTH_SELECT_ID = "receipt-month";
    public static final String DOWNLOAD_ID = "receipt-download";
    static final int MONTHS = 13;

    private final transient AccountOverviewService overviews;
    private final transient ReceiptService receipts;
    private final Select<Long> account = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Anchor download = new Anchor();
    private List<AccountOverview> accounts = List.of();

    public ReceiptsView(AuthenticationContext authentication, AccountOverviewService overviews, ReceiptService receipts) {
        super("nav.receipts", authentication);
        this.overviews = overviews;
        this.receipts = receipts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        Optional<Long> asked = event.getRouteParameters().getLong(ACCOUNT);
        AccountOverview chosen = null;
        if (asked.isPresent()) {
            try {
                chosen = overviews.account(viewer, asked.get());
            } catch (AccessDeniedException e) {
                showNotFound(e.code());
                return;
            }
        }
        accounts = overviews.overview(viewer);
        if (accounts.isEmpty()) {
            add(secondary(getTranslation("customer.overview.no-accounts")));
            return;
        }
        if (chosen == null) {
            chosen = accounts.get(0);
        }
        account.setId(ACCOUNT_SELECT_ID);
        account.setLabel(getTranslation("customer.account.select"));
        account.setItems(accounts.stream().map(AccountOverview::accountId).toList());
        account.setItemLabelGenerator(id -> accounts.stream().filter(a -> a.accountId() == id).findFirst()
                .map(a -> a.number() + " · " + a.organizationName()).orElse(""));
        account.setValue(chosen.accountId());
        account.addValueChangeListener(change -> updateLink());

        // the month just finished is the newest receipt; the running month is billed after it ends
        YearMonth current = YearMonth.from(chosen.window().today());
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < MONTHS; back++) {
            months.add(current.minusMonths(back));
        }
        month.setId(MONTH_SELECT_ID);
        month.setLabel(getTranslation("customer.receipts.month"));
        month.setItems(months);
        month.setItemLabelGenerator(this::month);
        month.setValue(current.minusMonths(1));
        month.addValueChangeListener(change -> updateLink());

        FormLayout form = new FormLayout(account, month);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.setWidthFull();
        download.setId(DOWNLOAD_ID);
        download.getElement().setAttribute("download", true);
        download.add(VaadinIcon.DOWNLOAD.create());
        download.add(" " + getTranslation("customer.receipts.download"));
        add(secondary(getTranslation("customer.receipts.note")), form, download);
        updateLink();
    }

    private void updateLink() {
        Long accountId = account.getValue();
        YearMonth chosenMonth = month.getValue();
        if (accountId == null || chosenMonth == null) {
            return;
        }
        String number = accounts.stream().filter(a -> a.accountId() == accountId).findFirst().map(AccountOverview::number).orElse("");
        Viewer who = viewer;
        StreamResource resource = new StreamResource("receipt-" + number.replaceAll("[^0-9A-Za-z_.-]", "_") + "-" + chosenMonth + ".pdf",
                () -> new ByteArrayInputStream(receipts.receiptFor(who, accountId, chosenMonth).pdf()));
        resource.setContentType("application/pdf");
        download.setHref(resource);
    }
}
