package io.meterhub.dashboard.payments;

import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.accounts.AccountOverview;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.payments.CallbackResult;
import io.meterhub.cabinet.payments.PaymentCallback;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.SandboxConfirmationPage;
import io.meterhub.cabinet.payments.SandboxPaymentProvider;
import io.meterhub.cabinet.access.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.cabinet.payments.PaymentShare;
import io.meterhub.cabinet.payments.Payment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox acquirer's "pay / decline" page ({@code sandbox/pay/<providerPaymentId>?payment=<id>}):
 * the amount and the payees; the choice makes the sandbox sign its callback, which goes through
 * {@link PaymentService#handleCallback} (the same verification a real webhook gets), then back to
 * the payments view with the outcome. Only the payer of the payment opens it.
 */
@Route(value = "sandbox/pay/:" + SandboxPayView.ID + "([A-Za-z0-9_-]{1,80})", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class SandboxPayView extends CustomerPage implements BeforeEnterObserver {
    public static final String ID = "id";
    public static final String PAY_ID = "sandbox-pay";
    public static final String DECLINE_ID = "sandbox-decline";
    public static final String AMOUNT_ID = "sandbox-amount";
    public static final String PAYEES_ID = "sandbox-payees";

    private final transient SandboxPaymentProvider sandbox;
    private final transient PaymentService payments;
    private final transient AccountOverviewService overviews;

    public SandboxPayView(AuthenticationContext authentication, SandboxPaymentProvider sandbox, PaymentService payments,
                          AccountOverviewService overviews) {
        super("customer.sandbox.title", authentication);
        this.sandbox = sandbox;
        this.payments = payments;
        this.overviews = overviews;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        String providerId = event.getRouteParameters().get(ID).orElse("");
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault(PaymentsView.PAYMENT_PARAMETER, List.of());
        Optional<Payment> payment = ids.isEmpty() ? Optional.empty() : parse(ids.get(0)).flatMap(payments::payment)
                .filter(p -> p.userId() == viewer.userId() && providerId.equals(p.providerPaymentId()));
        SandboxConfirmationPage page;
        try {
            page = payment.isPresent() ? sandbox.confirmationPage(providerId) : null;
        } catch (IllegalArgumentException e) {
            page = null;
        }
        if (page == null) {
            showNotFound("customer.sandbox.not-found");
            return;
        }
        long paymentId = payment.get().id();
        add(secondary(getTranslation("customer.sandbox.note")));
        Span amount = new Span(money(page.amount()));
        amount.setId(AMOUNT_ID);
        amount.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700");
        Div payees = new Div();
        payees.setId(PAYEES_ID);
        Map<Long, AccountOverview> accounts = new LinkedHashMap<>();
        for (PaymentShare allocation : payments.allocations(paymentId)) {
            AccountOverview account = accounts.computeIfAbsent(allocation.accountId(), id -> {
                try {
                    return overviews.account(viewer, id);
                } catch (AccessDeniedException e) {
                    return null;
                }
            });
            String payee = account == null ? allocation.organizationId() : account.organizationName();
            String number = account == null ? "" : account.number();
            payees.add(new Div(new Span(getTranslation("customer.sandbox.payee", payee, number, service(allocation.serviceCode()),
                    money(allocation.amount())))));
        }
        Div card = card(new H3(getTranslation("customer.sandbox.heading")), amount, secondary(page.description()), payees);
        if (page.open()) {
            Button pay = new Button(getTranslation("customer.sandbox.pay"), click -> choose(providerId, paymentId, true));
            pay.setId(PAY_ID);
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            pay.setDisableOnClick(true);
            Button decline = new Button(getTranslation("customer.sandbox.decline"), click -> choose(providerId, paymentId, false));
            decline.setId(DECLINE_ID);
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setDisableOnClick(true);
            HorizontalLayout buttons = new HorizontalLayout(pay, decline);
            buttons.getStyle().set("flex-wrap", "wrap");
            card.add(buttons);
        } else {
            card.add(new Span(getTranslation("customer.sandbox.done." + page.status().name())));
            card.add(new RouterLink(getTranslation("customer.sandbox.back"), PaymentsView.class));
        }
        add(card);
    }

    private void choose(String providerId, long paymentId, boolean success) {
        PaymentCallback callback = sandbox.confirm(providerId, success);
        CallbackResult result = payments.handleCallback(callback);
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(PaymentsView.PAYMENT_PARAMETER, List.of(String.valueOf(paymentId)));
        query.put(PaymentsView.OUTCOME_PARAMETER, List.of(result.outcome().name()));
        if (result.reason() != null) {
            query.put(PaymentsView.REASON_PARAMETER, List.of(result.reason()));
        }
        getUI().ifPresent(ui -> ui.navigate(PaymentsView.class, RouteParameters.empty(), new QueryParameters(query)));
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
