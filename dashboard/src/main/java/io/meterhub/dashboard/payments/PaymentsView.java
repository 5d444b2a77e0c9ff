package io.meterhub.dashboard.payments;

import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.ledger.EntryKind;
import io.meterhub.cabinet.ledger.LedgerLine;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.payments.Amounts;
import io.meterhub.cabinet.payments.PaymentLine;
import io.meterhub.cabinet.payments.PaymentMessages;
import io.meterhub.cabinet.payments.PaymentProblem;
import io.meterhub.cabinet.payments.PaymentProviderException;
import io.meterhub.cabinet.payments.PaymentRejectedException;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.StartedPayment;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.cabinet.payments.Payment;
import io.meterhub.cabinet.payments.PaymentStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Debts and payments: the debt per account and service with editable prefilled amounts, paying
 * through {@link PaymentService} (one idempotency key per form, so a double click pays once) and the
 * sandbox confirmation page, the outcome on return ({@code ?payment=<id>}), and the ledger history of
 * an account ({@code payments/<accountId>}), paged.
 */
@Menu(title = "nav.payments", order = 4, icon = "vaadin:wallet")
@Route(value = "payments/:" + PaymentsView.ACCOUNT + "?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class PaymentsView extends CustomerPage implements BeforeEnterObserver {
    public static final String ACCOUNT = "accountId";
    public static final String PAYMENT_PARAMETER = "payment";
    public static final String OUTCOME_PARAMETER = "outcome";
    public static final String REASON_PARAMETER = "reason";
    public static final String OUTCOME_ID = "payment-outcome";
    public static final String PAY_ID = "pay-submit";
    public static final String PAY_TOTAL_ID = "pay-total";
    public static final String PAY_MESSAGE_ID = "pay-message";
    public static final String LEDGER_ACCOUNT_ID = "ledger-account";
    public static final String LEDGER_GRID_ID = "ledger-grid";
    public static final String LEDGER_PAGE_ID = "ledger-page";
    static final int PAGE_SIZE = 20;

    private final transient AccountOverviewService overviews;
    private final transient LedgerService ledger;
    private final transient PaymentService payments;
    /** Made once per form: a second click or a retry of the same form never starts a second payment. */
    private final String idempotencyKey = "pay-" + UUID.randomUUID();
    private final List<PayLine> lines = new ArrayList<>();
    private final Span total = new Span();
    private final Span payMessage = new Span();
    private final Grid<LedgerLine> grid = new Grid<>(LedgerLine.class, false);
    private final Span pageLabel = new Span();
    private Button previous;
    private Button next;
    private long ledgerAccount;
    private int page;

    public PaymentsView(AuthenticationContext authentication, AccountOverviewService overviews, LedgerService ledger, PaymentService payments) {
        super("nav.payments", authentication);
        this.overviews = overviews;
        this.ledger = ledger;
        this.payments = payments;
    }

    public static String amountId(long accountId, String service) {
        return "pay-" + accountId + "-" + service;
    }

    public static String checkId(long accountId, String service) {
        return "pay-" + accountId + "-" + service + "-check";
    }

    /** The form's idempotency key (for tests of the double click). */
    String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        add(new io.meterhub.dashboard.ui.HelpLink("payments"));
        lines.clear();
        Optional<Long> asked = event.getRouteParameters().getLong(ACCOUNT);
        if (asked.isPresent()) {
            try {
                ledger.debt(viewer, asked.get());
            } catch (AccessDeniedException e) {
                showNotFound(e.code());
                return;
            }
        }
        outcome(event.getLocation().getQueryParameters());
        List<AccountOverview> accounts = overviews.overview(viewer);
        if (accounts.isEmpty()) {
            add(secondary(getTranslation("customer.overview.no-accounts")));
            return;
        }
        add(payForm(accounts));
        ledgerAccount = asked.orElse(accounts.get(0).accountId());
        add(history(accounts));
    }

    private void outcome(QueryParameters query) {
        Optional<Long> paymentId = first(query, PAYMENT_PARAMETER).flatMap(PaymentsView::parseLong);
        if (paymentId.isEmpty()) {
            return;
        }
        Optional<Payment> payment = payments.payment(paymentId.get()).filter(p -> p.userId() == viewer.userId());
        if (payment.isEmpty()) {
            return;
        }
        String reason = first(query, REASON_PARAMETER).filter(r -> r.startsWith("payment.callback.")).orElse(null);
        String text;
        String color;
        if (payment.get().status() == PaymentStatus.SUCCEEDED) {
            text = getTranslation("customer.payments.succeeded", money(payment.get().amount()));
            color = "var(--lumo-success-text-color)";
        } else if (payment.get().status() == PaymentStatus.FAILED) {
            text = getTranslation("customer.payments.failed", money(payment.get().amount()));
            color = "var(--lumo-secondary-text-color)";
        } else {
            text = getTranslation("customer.payments.pending", money(payment.get().amount()));
            color = "var(--lumo-secondary-text-color)";
        }
        if (reason != null) {
            text = getTranslation(reason);
            color = "var(--lumo-error-text-color)";
        }
        Div banner = new Div(new Span(text));
        banner.setId(OUTCOME_ID);
        banner.getStyle().set("color", color).set("font-weight", "600").set("padding", "var(--lumo-space-s) 0");
        add(banner);
    }

    private Div payForm(List<AccountOverview> accounts) {
        Div form = card(new H3(getTranslation("customer.payments.debts")));
        boolean anyDebt = false;
        for (AccountOverview account : accounts) {
            Span head = new Span(getTranslation("customer.account.number", account.number()) + " · " + account.organizationName());
            head.getStyle().set("font-weight", "600");
            form.add(head);
            for (Map.Entry<String, BigDecimal> debt : account.debtByService().entrySet()) {
                PayLine line = new PayLine(account.accountId(), debt.getKey(), debt.getValue());
                lines.add(line);
                form.add(line);
                anyDebt |= debt.getValue().signum() > 0;
            }
        }
        if (!anyDebt) {
            form.add(secondary(getTranslation("customer.payments.nothing-due")));
        }
        total.setId(PAY_TOTAL_ID);
        total.getStyle().set("font-weight", "600");
        Button pay = new Button(getTranslation("customer.payments.pay"), click -> pay(click.getSource()));
        pay.setId(PAY_ID);
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        payMessage.setId(PAY_MESSAGE_ID);
        payMessage.getStyle().set("color", "var(--lumo-error-text-color)").set("display", "block");
        HorizontalLayout bottom = new HorizontalLayout(total, pay);
        bottom.setAlignItems(FlexComponent.Alignment.CENTER);
        bottom.getStyle().set("flex-wrap", "wrap");
        form.add(bottom, payMessage);
        updateTotal();
        return form;
    }

    /** One account's service: include it or not, and how much. */
    private final class PayLine extends Div {
        final long accountId;
        final String service;
        final Checkbox include = new Checkbox();
        final TextField amount = new TextField();

        PayLine(long accountId, String service, BigDecimal debt) {
            this.accountId = accountId;
            this.service = service;
            include.setId(checkId(accountId, service));
            include.setLabel(service(service) + " · " + getTranslation("customer.payments.debt", money(debt)));
            include.setValue(debt.signum() > 0);
            amount.setId(amountId(accountId, service));
            amount.setLabel(getTranslation("customer.payments.amount"));
            amount.setSuffixComponent(new Span("₽"));
            amount.setValue(debt.signum() > 0 ? decimal(debt) : "");
            amount.setEnabled(include.getValue());
            amount.setWidth("12em");
            amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            include.addValueChangeListener(change -> {
                amount.setEnabled(change.getValue());
                amount.setInvalid(false);
                updateTotal();
            });
            amount.addValueChangeListener(change -> {
                problem();
                updateTotal();
            });
            add(include, amount);
            getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline").set("gap", "var(--lumo-space-m)");
        }

        boolean included() {
            return include.getValue();
        }

        Optional<BigDecimal> value() {
            return Amounts.parse(amount.getValue()).filter(v -> Amounts.problem(v).isEmpty());
        }

        /** Shows what is wrong with the amount, if anything; true when it is fine. */
        boolean problem() {
            if (!included()) {
                amount.setInvalid(false);
                return true;
            }
            Optional<BigDecimal> parsed = Amounts.parse(amount.getValue());
            Optional<String> problem = amount.getValue() == null || amount.getValue().isBlank() ? Optional.of(PaymentMessages.AMOUNT_REQUIRED)
                    : parsed.isEmpty() ? Optional.of(PaymentMessages.AMOUNT_NOT_A_NUMBER) : Amounts.problem(parsed.get());
            if (problem.isPresent()) {
                amount.setErrorMessage(getTranslation(problem.get(), money(Amounts.MAX_LINE).replace("\u00A0₽", "")));
                amount.setInvalid(true);
                return false;
            }
            amount.setInvalid(false);
            return true;
        }
    }

    private void updateTotal() {
        BigDecimal sum = lines.stream().filter(PayLine::included).map(PayLine::value).flatMap(Optional::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("customer.payments.total", money(sum)));
    }

    private void pay(Button button) {
        payMessage.setText("");
        boolean valid = true;
        List<PaymentLine> chosen = new ArrayList<>();
        for (PayLine line : lines) {
            valid &= line.problem();
            if (line.included()) {
                line.value().ifPresent(v -> chosen.add(new PaymentLine(line.accountId, line.service, v)));
            }
        }
        if (!valid) {
            button.setEnabled(true);
            return;
        }
        if (chosen.isEmpty()) {
            payMessage.setText(getTranslation(PaymentMessages.LINES_EMPTY));
            button.setEnabled(true);
            return;
        }
        StartedPayment started;
        try {
            started = payments.start(viewer, chosen, idempotencyKey);
        } catch (PaymentRejectedException e) {
            List<String> texts = new ArrayList<>();
            for (PaymentProblem problem : e.problems()) {
                texts.add(getTranslation(problem.messageKey(), arguments(problem.arguments())));
            }
            payMessage.setText(String.join(" ", texts));
            button.setEnabled(true);
            return;
        } catch (PaymentProviderException e) {
            payMessage.setText(getTranslation(PaymentMessages.PROVIDER_UNAVAILABLE));
            button.setEnabled(true);
            return;
        }
        if (started.confirmationUrl() != null && started.providerPaymentId() != null) {
            getUI().ifPresent(ui -> ui.navigate(SandboxPayView.class, new RouteParameters(SandboxPayView.ID, started.providerPaymentId()),
                    QueryParameters.of(PAYMENT_PARAMETER, String.valueOf(started.paymentId()))));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PaymentsView.class, RouteParameters.empty(), QueryParameters.of(PAYMENT_PARAMETER, String.valueOf(started.paymentId()))));
        }
    }

    private Div history(List<AccountOverview> accounts) {
        Select<Long> account = new Select<>();
        account.setId(LEDGER_ACCOUNT_ID);
        account.setLabel(getTranslation("customer.account.select"));
        account.setItems(accounts.stream().map(AccountOverview::accountId).toList());
        account.setItemLabelGenerator(id -> accounts.stream().filter(a -> a.accountId() == id).findFirst()
                .map(a -> a.number() + " · " + a.organizationName()).orElse(""));
        account.setValue(ledgerAccount);
        account.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                ledgerAccount = change.getValue();
                page = 0;
                loadPage();
            }
        });
        grid.setId(LEDGER_GRID_ID);
        grid.addColumn(l -> month(l.period())).setHeader(getTranslation("customer.ledger.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> service(l.serviceCode())).setHeader(getTranslation("customer.ledger.service")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation("customer.ledger.kind." + l.kind().name())).setHeader(getTranslation("customer.ledger.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> money(l.kind() == EntryKind.PAYMENT ? l.amount().negate() : l.amount()))
                .setHeader(getTranslation("customer.ledger.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerLine::description).setHeader(getTranslation("customer.ledger.description")).setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        previous = new Button(getTranslation("customer.ledger.previous"), click -> {
            page = Math.max(0, page - 1);
            loadPage();
        });
        previous.setId("ledger-previous");
        next = new Button(getTranslation("customer.ledger.next"), click -> {
            page++;
            loadPage();
        });
        next.setId("ledger-next");
        pageLabel.setId(LEDGER_PAGE_ID);
        HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        loadPage();
        return card(new H3(getTranslation("customer.ledger.title")), account, grid, pager);
    }

    private void loadPage() {
        Page<LedgerLine> entries = ledger.entries(viewer, ledgerAccount, null, page, PAGE_SIZE);
        grid.setItems(entries.items());
        int pages = Math.max(1, entries.pages());
        pageLabel.setText(getTranslation("customer.ledger.page", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private static Optional<String> first(QueryParameters query, String name) {
        List<String> values = query.getParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
