package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.webhooks.IntegrationEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Paying for accounts and services through a {@link PaymentProvider}: one payment may cover several
 * accounts, and so several organizations, and is split among them ({@code payment_allocation}).
 * Starting is idempotent on the caller's key; callbacks are verified, matched and applied in one
 * transaction each, and a replay posts nothing twice.
 */
public final class PaymentService {
    /** At most this many account/service lines in one payment. */
    public static final int MAX_LINES = 50;
    /** Idempotency keys: 1 to 64 characters of letters, digits, '-', '_', '.', ':' (what acquirers accept). */
    public static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int DESCRIPTION_LIMIT = 128;

    private final Transactions transactions;
    private final PaymentProvider provider;
    private final PaymentAccess access;
    private final PaymentLedger ledger;
    private final String defaultReturnUrl;
    private final Clock clock;
    private final PaymentStore store;
    private final IntegrationEvents events;

    /**
     * @param store  the payments' rows, written inside {@code transactions} with the ledger's entry
     * @param events the webhooks' outbox: a payment received is recorded, per organization it pays, with its ledger entries
     */
    public PaymentService(Transactions transactions, PaymentStore store, PaymentProvider provider, PaymentAccess access, PaymentLedger ledger,
                          String defaultReturnUrl, Clock clock, IntegrationEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.access = Objects.requireNonNull(access, "access");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.defaultReturnUrl = defaultReturnUrl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PaymentProvider provider() {
        return provider;
    }

    /** The same for the cabinet's viewer: only a customer paying accounts they hold gets through. */
    public StartedPayment start(io.meterhub.cabinet.access.Viewer viewer, List<PaymentLine> lines, String idempotencyKey) {
        return start(viewer.userId(), lines, idempotencyKey, defaultReturnUrl);
    }

    public StartedPayment start(long userId, List<PaymentLine> lines, String idempotencyKey) {
        return start(userId, lines, idempotencyKey, defaultReturnUrl);
    }

    /**
     * Starts a payment, or returns the one already started with this key.
     *
     * @param idempotencyKey made once per payment form by the caller (e.g. a UUID), so a double
     *                       click or a retry never makes a second payment
     * @throws PaymentRejectedException  with every problem found; nothing is written
     * @throws PaymentProviderException the provider could not be reached; the payment stays PENDING
     *                                   and the same key may be tried again
     */
    public StartedPayment start(long userId, List<PaymentLine> lines, String idempotencyKey, String returnUrl) {
        List<PaymentProblem> problems = validate(lines, idempotencyKey);
        if (!problems.isEmpty()) {
            throw new PaymentRejectedException(problems);
        }
        List<PaymentLine> wanted = lines.stream()
                .map(l -> new PaymentLine(l.accountId(), l.serviceCode().trim(), Amounts.kopecks(l.amount()))).toList();
        Started started = transactions.inTransaction(tx -> begin(tx, userId, wanted, idempotencyKey)).orElseGet(() ->
                // a concurrent start with the same key won the insert: answer with its payment
                transactions.inTransaction(tx -> {
                    PaymentRecord theirs = store.findByIdempotencyKey(tx, idempotencyKey).orElseThrow();
                    return new Started(theirs, sameOrRefuse(tx, theirs, userId, wanted), true);
                }));
        PaymentRecord payment = started.payment();
        List<AllocationRecord> allocations = started.allocations();
        if (!PaymentRecord.PENDING.equals(payment.status())) {
            return new StartedPayment(payment.id(), PaymentStatus.valueOf(payment.status()), payment.amount(), payment.providerPaymentId(), null,
                    shares(allocations), started.repeated());
        }
        Map<Long, PayableAccount> accounts = transactions.inTransaction(tx ->
                store.payableAccounts(tx, allocations.stream().map(AllocationRecord::accountId).toList()));
        ProviderPayment created;
        try {
            created = provider.create(new ProviderPaymentRequest(payment.amount(), description(accounts), idempotencyKey, returnUrl));
        } catch (PaymentProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PaymentProviderException("payment provider " + provider.name() + " failed: " + e.getMessage(), e);
        }
        if (!transactions.inTransaction(tx -> store.setProviderPaymentId(tx, payment.id(), created.providerPaymentId()))) {
            throw new PaymentProviderException("payment " + payment.id() + " has provider id " + payment.providerPaymentId()
                    + " but the provider answered " + created.providerPaymentId());
        }
        return new StartedPayment(payment.id(), PaymentStatus.valueOf(payment.status()), payment.amount(), created.providerPaymentId(),
                created.confirmationUrl(), shares(allocations), started.repeated());
    }

    /** A payment as its start found or made it, with its split. */
    private record Started(PaymentRecord payment, List<AllocationRecord> allocations, boolean repeated) {
    }

    /**
     * The payment of the key: the one started before, or a new PENDING one with its split; empty when a
     * concurrent start with the same key won the insert.
     */
    private Optional<Started> begin(Tx tx, long userId, List<PaymentLine> wanted, String idempotencyKey) {
        Optional<PaymentRecord> existing = store.findByIdempotencyKey(tx, idempotencyKey);
        if (existing.isPresent()) {
            return Optional.of(new Started(existing.get(), sameOrRefuse(tx, existing.get(), userId, wanted), true));
        }
        Set<Long> accountIds = wanted.stream().map(PaymentLine::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, PayableAccount> accounts = store.payableAccounts(tx, accountIds);
        List<PaymentProblem> problems = new ArrayList<>();
        List<AllocationRecord> allocations = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            PaymentLine line = wanted.get(i);
            PayableAccount account = accounts.get(line.accountId());
            if (account == null || !access.mayPay(userId, line.accountId())) {
                problems.add(PaymentProblem.of(i, PaymentMessages.ACCOUNT_FORBIDDEN, String.valueOf(line.accountId())));
            } else if (!store.accountHasService(tx, line.accountId(), line.serviceCode())) {
                problems.add(PaymentProblem.of(i, PaymentMessages.SERVICE_NOT_ON_ACCOUNT, line.serviceCode(), account.number()));
            } else {
                allocations.add(new AllocationRecord(line.accountId(), line.serviceCode(), account.organizationId(), line.amount()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PaymentRejectedException(problems);
        }
        BigDecimal total = allocations.stream().map(AllocationRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<PaymentRecord> inserted = store.insertPending(tx, idempotencyKey, userId, provider.name(), total);
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        store.insertAllocations(tx, inserted.get().id(), allocations);
        return Optional.of(new Started(inserted.get(), store.allocations(tx, inserted.get().id()), false));
    }

    /** The payment and its split, if it exists. */
    public Optional<Payment> payment(long paymentId) {
        return transactions.inTransaction(tx -> store.findById(tx, paymentId).map(Payment::of));
    }

    public List<PaymentShare> allocations(long paymentId) {
        return transactions.inTransaction(tx -> store.allocations(tx, paymentId).stream().map(PaymentShare::of).toList());
    }

    /**
     * Applies a provider's callback in one transaction: verified, matched to its payment by the
     * provider's id, checked for amount and currency, then SUCCEEDED with one PAYMENT ledger entry
     * per allocation (source {@code payment:<id>}) or FAILED. Every callback is kept in
     * {@code payment_callback} with its outcome; a refused or replayed one changes nothing else.
     */
    public CallbackResult handleCallback(PaymentCallback callback) {
        Objects.requireNonNull(callback, "callback");
        try {
            return transactions.inTransaction(tx -> apply(tx, callback));
        } catch (RuntimeException e) {
            // the callback is kept even when its transaction failed, with the error (the database's own, for a storage failure) for its outcome
            Throwable error = e instanceof StorageException && e.getCause() != null ? e.getCause() : e;
            try {
                transactions.run(tx -> store.recordCallback(tx, provider.name(), callback.payload(), callback.signature(),
                        "ERROR: " + error.getClass().getSimpleName() + ": " + error.getMessage()));
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private CallbackResult apply(Tx tx, PaymentCallback callback) {
        if (!provider.verify(callback)) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_SIGNATURE_INVALID, null);
        }
        ProviderEvent event;
        try {
            event = provider.parse(callback);
        } catch (MalformedCallbackException e) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_MALFORMED, null);
        }
        Optional<PaymentRecord> found = store.lockByProviderPaymentId(tx, provider.name(), event.providerPaymentId());
        if (found.isEmpty() && event.idempotencyKey() != null) {
            // the callback may outrun the provider's answer to create: match by the key it echoes
            found = store.lockByIdempotencyKey(tx, provider.name(), event.idempotencyKey())
                    .filter(p -> p.providerPaymentId() == null);
            if (found.isPresent()) {
                store.setProviderPaymentId(tx, found.get().id(), event.providerPaymentId());
            }
        }
        if (found.isEmpty()) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_UNKNOWN_PAYMENT, null);
        }
        PaymentRecord payment = found.get();
        if (event.idempotencyKey() != null && !event.idempotencyKey().equals(payment.idempotencyKey())) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_KEY_MISMATCH, payment);
        }
        if (!"RUB".equals(event.currency())) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_CURRENCY_MISMATCH, payment);
        }
        if (event.amount() == null || event.amount().compareTo(payment.amount()) != 0) {
            return refuse(tx, callback, PaymentMessages.CALLBACK_AMOUNT_MISMATCH, payment);
        }
        String target = event.type() == ProviderEvent.Type.SUCCEEDED ? PaymentRecord.SUCCEEDED : PaymentRecord.FAILED;
        if (!PaymentRecord.PENDING.equals(payment.status())) {
            if (payment.status().equals(target)) {
                long id = store.recordCallback(tx, provider.name(), callback.payload(), callback.signature(), "DUPLICATE");
                return new CallbackResult(CallbackResult.Outcome.DUPLICATE, null, payment.id(), PaymentStatus.valueOf(payment.status()), id);
            }
            return refuse(tx, callback, PaymentMessages.CALLBACK_STATUS_CONFLICT, payment);
        }
        if (!store.complete(tx, payment.id(), target, clock.instant())) {
            throw new IllegalStateException("payment " + payment.id() + " was locked PENDING but could not be completed");
        }
        if (PaymentRecord.SUCCEEDED.equals(target)) {
            List<AllocationRecord> allocations = store.allocations(tx, payment.id());
            Map<String, ZoneId> zones = store.organizationZones(tx,
                    allocations.stream().map(AllocationRecord::organizationId).collect(Collectors.toSet()));
            for (AllocationRecord allocation : allocations) {
                LocalDate period = LocalDate.ofInstant(clock.instant(), zones.getOrDefault(allocation.organizationId(), ZoneId.of("Europe/Moscow")))
                        .withDayOfMonth(1);
                ledger.postPayment(tx, allocation.accountId(), allocation.serviceCode(), period, allocation.amount(),
                        "Оплата №" + payment.id() + " (" + provider.name() + " " + event.providerPaymentId() + ")",
                        "payment:" + payment.id());
            }
            Map<Long, PayableAccount> accounts = store.payableAccounts(tx, allocations.stream().map(AllocationRecord::accountId).toList());
            PaymentEvents.received(payment.id(), provider.name(), event.providerPaymentId(), clock.instant(), allocations, accounts)
                    .forEach(received -> events.record(tx, received));
        }
        long id = store.recordCallback(tx, provider.name(), callback.payload(), callback.signature(), "APPLIED");
        return new CallbackResult(CallbackResult.Outcome.APPLIED, null, payment.id(), PaymentStatus.valueOf(target), id);
    }

    private CallbackResult refuse(Tx tx, PaymentCallback callback, String reason, PaymentRecord payment) {
        CallbackResult result = new CallbackResult(CallbackResult.Outcome.REFUSED, reason,
                payment == null ? null : payment.id(), payment == null ? null : PaymentStatus.valueOf(payment.status()), 0);
        long id = store.recordCallback(tx, provider.name(), callback.payload(), callback.signature(), result.recorded());
        return new CallbackResult(result.outcome(), reason, result.paymentId(), result.paymentStatus(), id);
    }

    /** Every problem of the request that needs no database: amounts, lines, the key. */
    public static List<PaymentProblem> validate(List<PaymentLine> lines, String idempotencyKey) {
        List<PaymentProblem> problems = new ArrayList<>();
        if (idempotencyKey == null || !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.add(PaymentProblem.of(-1, PaymentMessages.IDEMPOTENCY_KEY_INVALID));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(PaymentProblem.of(-1, PaymentMessages.LINES_EMPTY));
            return problems;
        }
        if (lines.size() > MAX_LINES) {
            problems.add(PaymentProblem.of(-1, PaymentMessages.LINES_TOO_MANY, MAX_LINES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PaymentLine line = lines.get(i);
            if (line == null) {
                problems.add(PaymentProblem.of(i, PaymentMessages.AMOUNT_REQUIRED));
                continue;
            }
            if (line.serviceCode() == null || line.serviceCode().isBlank()) {
                problems.add(PaymentProblem.of(i, PaymentMessages.SERVICE_REQUIRED));
            } else if (!seen.add(line.accountId() + "/" + line.serviceCode().trim())) {
                problems.add(PaymentProblem.of(i, PaymentMessages.LINE_DUPLICATE, line.serviceCode().trim()));
            }
            Optional<String> amountProblem = Amounts.problem(line.amount());
            if (amountProblem.isPresent()) {
                problems.add(amountProblem.get().equals(PaymentMessages.AMOUNT_TOO_LARGE)
                        ? PaymentProblem.of(i, amountProblem.get(), Amounts.plain(Amounts.MAX_LINE))
                        : PaymentProblem.of(i, amountProblem.get()));
            }
        }
        return problems;
    }

    /** The existing payment's split, if the request is the same one again; otherwise the key was reused. */
    private List<AllocationRecord> sameOrRefuse(Tx tx, PaymentRecord payment, long userId, List<PaymentLine> wanted) {
        List<AllocationRecord> allocations = store.allocations(tx, payment.id());
        Set<String> had = new TreeSet<>();
        for (AllocationRecord a : allocations) {
            had.add(a.accountId() + "/" + a.serviceCode() + "/" + Amounts.plain(a.amount()));
        }
        Set<String> now = new TreeSet<>();
        for (PaymentLine l : wanted) {
            now.add(l.accountId() + "/" + l.serviceCode() + "/" + Amounts.plain(l.amount()));
        }
        if (payment.userId() != userId || !had.equals(now) || !provider.name().equals(payment.provider())) {
            throw new PaymentRejectedException(List.of(PaymentProblem.of(-1, PaymentMessages.IDEMPOTENCY_KEY_REUSED)));
        }
        return allocations;
    }

    private static String description(Map<Long, PayableAccount> accounts) {
        String numbers = accounts.values().stream().map(PayableAccount::number).sorted(Comparator.naturalOrder())
                .collect(Collectors.joining(", "));
        String text = (accounts.size() == 1 ? "Оплата по л/с " : "Оплата по л/с: ") + numbers;
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }

    private static List<PaymentShare> shares(List<AllocationRecord> allocations) {
        return allocations.stream().map(PaymentShare::of).toList();
    }
}
