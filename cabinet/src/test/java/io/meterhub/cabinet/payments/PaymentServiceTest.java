package io.meterhub.cabinet.payments;

import io.meterhub.cabinet.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class PaymentServiceTest {
    private static final String SECRET = "test-secret-0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-10-20T10:00:00Z");
    private static PaymentFixture fixture;
    private static SandboxPaymentProvider sandbox;
    private static PaymentService payments;

    @BeforeAll
    static void setUp() throws SQLException {
        fixture = new PaymentFixture("payments");
        sandbox = new SandboxPaymentProvider(new SandboxPaymentConfig(SECRET, "/sandbox/pay/"));
        payments = Services.of(fixture.database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC)).payments(sandbox, new io.meterhub.storage.cabinet.payments.JdbcPaymentStore()::insertPaymentEntry, "/payments/done");
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static List<PaymentLine> ivansElectricity(String amount) {
        return List.of(new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", new BigDecimal(amount)));
    }

    private static long ledgerEntriesOf(long paymentId) throws SQLException {
        return fixture.count("SELECT count(*) FROM ledger_entry WHERE kind = 'PAYMENT' AND source = ?", "payment:" + paymentId);
    }

    private static PaymentStatus status(long paymentId) {
        return payments.payment(paymentId).orElseThrow().status();
    }

    private static String lastOutcome() throws SQLException {
        return (String) fixture.scalar("SELECT outcome FROM payment_callback ORDER BY id DESC LIMIT 1");
    }

    @Test
    void startingTwiceWithTheSameKeyGivesOnePayment() throws SQLException {
        String key = key();
        StartedPayment first = payments.start(fixture.ivanUser, ivansElectricity("1500.00"), key);
        StartedPayment second = payments.start(fixture.ivanUser, ivansElectricity("1500"), key);

        assertThat(second.paymentId()).isEqualTo(first.paymentId());
        assertThat(second.providerPaymentId()).isEqualTo(first.providerPaymentId());
        assertThat(second.confirmationUrl()).isEqualTo(first.confirmationUrl()).isEqualTo("/sandbox/pay/" + first.providerPaymentId());
        assertThat(first.repeated()).isFalse();
        assertThat(second.repeated()).isTrue();
        assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(first.amount()).isEqualByComparingTo("1500.00");
        assertThat(fixture.count("SELECT count(*) FROM payment WHERE idempotency_key = ?", key)).isEqualTo(1);
        assertThat(fixture.count("SELECT count(*) FROM payment_allocation WHERE payment_id = ?", first.paymentId())).isEqualTo(1);
        assertThat(sandbox.confirmationPage(first.providerPaymentId()).amount()).isEqualByComparingTo("1500.00");
    }

    @Test
    void theSameKeyForADifferentPaymentIsRefused() {
        String key = key();
        payments.start(fixture.ivanUser, ivansElectricity("100.00"), key);

        PaymentRejectedException otherAmount = catchThrowableOfType(PaymentRejectedException.class,
                () -> payments.start(fixture.ivanUser, ivansElectricity("200.00"), key));
        PaymentRejectedException otherUser = catchThrowableOfType(PaymentRejectedException.class,
                () -> payments.start(fixture.petrUser, ivansElectricity("100.00"), key));

        assertThat(otherAmount.messageKeys()).containsExactly(PaymentMessages.IDEMPOTENCY_KEY_REUSED);
        assertThat(otherUser.messageKeys()).containsExactly(PaymentMessages.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void onePaymentCoveringTwoOrganizationsIsSplitAmongThem() {
        StartedPayment started = payments.start(fixture.ivanUser, List.of(
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", new BigDecimal("1500.00")),
                new PaymentLine(fixture.ivanWater, "COLD_WATER", new BigDecimal("300.50")),
                new PaymentLine(fixture.ivanWater, "UPKEEP", new BigDecimal("1200"))), key());

        assertThat(started.amount()).isEqualByComparingTo("3000.50");
        assertThat(started.allocations())
                .extracting(PaymentShare::accountId, PaymentShare::serviceCode, PaymentShare::organizationId, a -> a.amount().toPlainString())
                .containsExactlyInAnyOrder(
                        tuple(fixture.ivanWater, "COLD_WATER", PaymentFixture.WATER, "300.50"),
                        tuple(fixture.ivanWater, "UPKEEP", PaymentFixture.WATER, "1200.00"),
                        tuple(fixture.ivanElectricity, "ELECTRICITY", PaymentFixture.VOLGA, "1500.00"));
        BigDecimal water = started.allocations().stream().filter(a -> a.organizationId().equals(PaymentFixture.WATER))
                .map(PaymentShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(water).isEqualByComparingTo("1500.50");
    }

    @Test
    void aValidCallbackMarksThePaymentSucceededAndPostsOneEntryPerAllocation() throws SQLException {
        StartedPayment started = payments.start(fixture.ivanUser, List.of(
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", new BigDecimal("700.10")),
                new PaymentLine(fixture.ivanWater, "UPKEEP", new BigDecimal("99.90"))), key());

        CallbackResult result = payments.handleCallback(sandbox.confirm(started.providerPaymentId(), true));

        assertThat(result.outcome()).isEqualTo(CallbackResult.Outcome.APPLIED);
        assertThat(result.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        Payment payment = payments.payment(started.paymentId()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.completedAt()).isEqualTo(NOW);
        assertThat(ledgerEntriesOf(started.paymentId())).isEqualTo(2);
        assertThat((BigDecimal) fixture.scalar("SELECT sum(amount) FROM ledger_entry WHERE source = ?", "payment:" + started.paymentId()))
                .isEqualByComparingTo("800.00");
        assertThat(fixture.count("SELECT count(*) FROM ledger_entry WHERE source = ? AND account_id = ? AND service_code = 'ELECTRICITY' "
                + "AND amount = 700.10 AND period = ?", "payment:" + started.paymentId(), fixture.ivanElectricity, LocalDate.of(2026, 10, 1))).isEqualTo(1);
        assertThat(lastOutcome()).isEqualTo("APPLIED");
    }

    @Test
    void theLedgerServicePlugsInAsThePaymentLedger() throws SQLException {
        io.meterhub.cabinet.ledger.LedgerService ledgerService =
                Services.of(fixture.database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC)).ledgerService();
        PaymentService withLedger = Services.of(fixture.database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC)).payments(sandbox, ledgerService::postPayment, "/payments/done");
        StartedPayment started = withLedger.start(io.meterhub.cabinet.access.Viewer.customer(fixture.ivanUser), ivansElectricity("12.34"), key());

        assertThat(withLedger.handleCallback(sandbox.confirm(started.providerPaymentId(), true)).outcome()).isEqualTo(CallbackResult.Outcome.APPLIED);
        assertThat(withLedger.handleCallback(sandbox.confirm(started.providerPaymentId(), true)).outcome()).isEqualTo(CallbackResult.Outcome.DUPLICATE);
        assertThat(ledgerEntriesOf(started.paymentId())).isEqualTo(1);
    }

    @Test
    void aReplayedCallbackIsRecordedDuplicateAndPostsNothingMore() throws SQLException {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("250.00"), key());
        PaymentCallback callback = sandbox.confirm(started.providerPaymentId(), true);
        payments.handleCallback(callback);
        long callbacksBefore = fixture.count("SELECT count(*) FROM payment_callback");

        CallbackResult replay = payments.handleCallback(callback);
        CallbackResult resent = payments.handleCallback(sandbox.confirm(started.providerPaymentId(), true));

        assertThat(replay.outcome()).isEqualTo(CallbackResult.Outcome.DUPLICATE);
        assertThat(resent.outcome()).isEqualTo(CallbackResult.Outcome.DUPLICATE);
        assertThat(ledgerEntriesOf(started.paymentId())).isEqualTo(1);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(fixture.count("SELECT count(*) FROM payment_callback")).isEqualTo(callbacksBefore + 2);
        assertThat(fixture.count("SELECT count(*) FROM payment_callback WHERE outcome = 'DUPLICATE' AND payload = ?", callback.payload())).isEqualTo(2);
    }

    @Test
    void theSameCallbackDeliveredTwiceAtOnceIsAppliedOnce() throws Exception {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("333.33"), key());
        PaymentCallback callback = sandbox.confirm(started.providerPaymentId(), true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<CallbackResult> deliver = () -> {
                go.await();
                return payments.handleCallback(callback);
            };
            java.util.concurrent.Future<CallbackResult> a = pool.submit(deliver);
            java.util.concurrent.Future<CallbackResult> b = pool.submit(deliver);
            go.countDown();
            assertThat(List.of(a.get().outcome(), b.get().outcome()))
                    .containsExactlyInAnyOrder(CallbackResult.Outcome.APPLIED, CallbackResult.Outcome.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledgerEntriesOf(started.paymentId())).isEqualTo(1);
    }

    @Test
    void aTamperedCallbackIsRefusedAndChangesNothing() throws SQLException {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("10.00"), key());
        PaymentCallback genuine = sandbox.confirm(started.providerPaymentId(), false);
        // the payer declined; someone turns the notification into a success and keeps the signature
        PaymentCallback tampered = new PaymentCallback(genuine.payload().replace("payment.canceled", "payment.succeeded"), genuine.signature());

        CallbackResult result = payments.handleCallback(tampered);

        assertThat(result.outcome()).isEqualTo(CallbackResult.Outcome.REFUSED);
        assertThat(result.reason()).isEqualTo(PaymentMessages.CALLBACK_SIGNATURE_INVALID);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.PENDING);
        assertThat(ledgerEntriesOf(started.paymentId())).isZero();
        assertThat(fixture.count("SELECT count(*) FROM payment_callback WHERE payload = ? AND outcome = ?",
                tampered.payload(), "REFUSED: " + PaymentMessages.CALLBACK_SIGNATURE_INVALID)).isEqualTo(1);

        CallbackResult garbage = payments.handleCallback(new PaymentCallback(genuine.payload(), "not-hex"));
        assertThat(garbage.reason()).isEqualTo(PaymentMessages.CALLBACK_SIGNATURE_INVALID);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aCallbackWithAnotherAmountIsRefused() throws SQLException {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("1234.56"), key());
        // correctly signed, but the amount is not the payment's
        String payload = "{\"event\":\"payment.succeeded\",\"payment_id\":\"" + started.providerPaymentId()
                + "\",\"amount\":\"1.00\",\"currency\":\"RUB\"}";

        CallbackResult result = payments.handleCallback(new PaymentCallback(payload, sandbox.sign(payload)));

        assertThat(result.outcome()).isEqualTo(CallbackResult.Outcome.REFUSED);
        assertThat(result.reason()).isEqualTo(PaymentMessages.CALLBACK_AMOUNT_MISMATCH);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.PENDING);
        assertThat(ledgerEntriesOf(started.paymentId())).isZero();
        assertThat(lastOutcome()).isEqualTo("REFUSED: " + PaymentMessages.CALLBACK_AMOUNT_MISMATCH);
    }

    @Test
    void callbacksForUnknownPaymentsOrInAnotherCurrencyOrUnreadableAreRefused() {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("50.00"), key());
        String unknown = "{\"event\":\"payment.succeeded\",\"payment_id\":\"sbx_nope\",\"amount\":\"50.00\",\"currency\":\"RUB\"}";
        String dollars = "{\"event\":\"payment.succeeded\",\"payment_id\":\"" + started.providerPaymentId() + "\",\"amount\":\"50.00\",\"currency\":\"USD\"}";
        String unreadable = "{\"event\":\"payment.refunded\"}";

        assertThat(payments.handleCallback(new PaymentCallback(unknown, sandbox.sign(unknown))).reason())
                .isEqualTo(PaymentMessages.CALLBACK_UNKNOWN_PAYMENT);
        assertThat(payments.handleCallback(new PaymentCallback(dollars, sandbox.sign(dollars))).reason())
                .isEqualTo(PaymentMessages.CALLBACK_CURRENCY_MISMATCH);
        assertThat(payments.handleCallback(new PaymentCallback(unreadable, sandbox.sign(unreadable))).reason())
                .isEqualTo(PaymentMessages.CALLBACK_MALFORMED);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aDeclinedPaymentIsMarkedFailedPostsNothingAndCannotSucceedLater() throws SQLException {
        StartedPayment started = payments.start(fixture.ivanUser, ivansElectricity("75.00"), key());

        CallbackResult declined = payments.handleCallback(sandbox.confirm(started.providerPaymentId(), false));
        String success = "{\"event\":\"payment.succeeded\",\"payment_id\":\"" + started.providerPaymentId()
                + "\",\"amount\":\"75.00\",\"currency\":\"RUB\"}";
        CallbackResult late = payments.handleCallback(new PaymentCallback(success, sandbox.sign(success)));

        assertThat(declined.outcome()).isEqualTo(CallbackResult.Outcome.APPLIED);
        assertThat(declined.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(late.reason()).isEqualTo(PaymentMessages.CALLBACK_STATUS_CONFLICT);
        assertThat(status(started.paymentId())).isEqualTo(PaymentStatus.FAILED);
        assertThat(ledgerEntriesOf(started.paymentId())).isZero();
    }

    @Test
    void badAmountsAreRefusedWithTheirMessageKeysAndNothingIsWritten() throws SQLException {
        long paymentsBefore = fixture.count("SELECT count(*) FROM payment");
        List<PaymentLine> lines = new ArrayList<>(Arrays.asList(
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", new BigDecimal("0.00")),
                new PaymentLine(fixture.ivanWater, "COLD_WATER", new BigDecimal("-5")),
                new PaymentLine(fixture.ivanWater, "UPKEEP", new BigDecimal("10.005")),
                new PaymentLine(fixture.ivanWater, "HOT_WATER", new BigDecimal("1000000.01")),
                new PaymentLine(fixture.ivanWater, "WASTE", null)));

        PaymentRejectedException refused = catchThrowableOfType(PaymentRejectedException.class,
                () -> payments.start(fixture.ivanUser, lines, key()));

        assertThat(refused.problems()).extracting(PaymentProblem::line, PaymentProblem::messageKey).containsExactly(
                tuple(0, PaymentMessages.AMOUNT_NOT_POSITIVE),
                tuple(1, PaymentMessages.AMOUNT_NOT_POSITIVE),
                tuple(2, PaymentMessages.AMOUNT_TOO_MANY_DECIMALS),
                tuple(3, PaymentMessages.AMOUNT_TOO_LARGE),
                tuple(4, PaymentMessages.AMOUNT_REQUIRED));
        assertThat(PaymentMessages.format(Locale.forLanguageTag("ru"), refused.problems().get(3)))
                .isEqualTo("Сумма по одной услуге не может превышать 1000000.00 руб.");
        assertThat(fixture.count("SELECT count(*) FROM payment")).isEqualTo(paymentsBefore);

        // exactly the limit, and trailing zeros beyond kopecks, are fine
        assertThat(Amounts.problem(new BigDecimal("1000000.00"))).isEmpty();
        assertThat(Amounts.problem(new BigDecimal("10.500"))).isEmpty();
        assertThat(Amounts.parse("1 234,56")).contains(new BigDecimal("1234.56"));
        assertThat(Amounts.parse("12.3.4")).isEmpty();

        assertThat(catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.ivanUser, List.of(), key())).messageKeys())
                .containsExactly(PaymentMessages.LINES_EMPTY);
        assertThat(catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.ivanUser, ivansElectricity("1.00"), "bad key|")).messageKeys())
                .containsExactly(PaymentMessages.IDEMPOTENCY_KEY_INVALID);
        assertThat(catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.ivanUser, List.of(
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", BigDecimal.ONE),
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", BigDecimal.TEN)), key())).messageKeys())
                .containsExactly(PaymentMessages.LINE_DUPLICATE);
    }

    @Test
    void aCustomerCannotPayAnotherCustomersAccountOrAServiceTheAccountDoesNotHave() throws SQLException {
        long paymentsBefore = fixture.count("SELECT count(*) FROM payment");

        PaymentRejectedException foreign = catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.petrUser, List.of(
                new PaymentLine(fixture.petrElectricity, "ELECTRICITY", BigDecimal.TEN),
                new PaymentLine(fixture.ivanElectricity, "ELECTRICITY", BigDecimal.TEN)), key()));
        PaymentRejectedException missing = catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.petrUser,
                List.of(new PaymentLine(987654L, "ELECTRICITY", BigDecimal.TEN)), key()));
        PaymentRejectedException operator = catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.volgaOperator,
                List.of(new PaymentLine(fixture.petrElectricity, "ELECTRICITY", BigDecimal.TEN)), key()));
        PaymentRejectedException noService = catchThrowableOfType(PaymentRejectedException.class, () -> payments.start(fixture.petrUser,
                List.of(new PaymentLine(fixture.petrElectricity, "HOT_WATER", BigDecimal.TEN)), key()));

        assertThat(foreign.problems()).extracting(PaymentProblem::line, PaymentProblem::messageKey)
                .containsExactly(tuple(1, PaymentMessages.ACCOUNT_FORBIDDEN));
        assertThat(missing.messageKeys()).containsExactly(PaymentMessages.ACCOUNT_FORBIDDEN);
        assertThat(operator.messageKeys()).containsExactly(PaymentMessages.ACCOUNT_FORBIDDEN);
        assertThat(noService.messageKeys()).containsExactly(PaymentMessages.SERVICE_NOT_ON_ACCOUNT);
        assertThat(fixture.count("SELECT count(*) FROM payment")).isEqualTo(paymentsBefore);
    }

    @Test
    void theSandboxNeedsALongEnoughSecretAndSaysWhichVariable() {
        assertThatThrownBy(() -> SandboxPaymentConfig.fromEnvironment(java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MH_PAYMENT_SANDBOX_SECRET must be set");
        assertThatThrownBy(() -> SandboxPaymentConfig.fromEnvironment(java.util.Map.of("MH_PAYMENT_SANDBOX_SECRET", "short")))
                .hasMessageContaining("at least 32 characters");
        SandboxPaymentConfig config = SandboxPaymentConfig.fromEnvironment(java.util.Map.of("MH_PAYMENT_SANDBOX_SECRET", SECRET));
        assertThat(config.confirmationBaseUrl()).isEqualTo("/sandbox/pay/");
        assertThat(config.toString()).doesNotContain(SECRET);
        // another secret: the same callback does not verify
        SandboxPaymentProvider other = new SandboxPaymentProvider(new SandboxPaymentConfig("another-secret-0123456789abcdef0123456789", "/p/"));
        String payload = "{\"event\":\"payment.succeeded\",\"payment_id\":\"x\",\"amount\":\"1.00\",\"currency\":\"RUB\"}";
        assertThat(sandbox.verify(new PaymentCallback(payload, sandbox.sign(payload)))).isTrue();
        assertThat(other.verify(new PaymentCallback(payload, sandbox.sign(payload)))).isFalse();
    }

    @Test
    void everyMessageKeyHasEnglishAndRussianText() throws IllegalAccessException {
        for (java.lang.reflect.Field field : PaymentMessages.class.getFields()) {
            if (field.getType() != String.class || field.getName().equals("BUNDLE")) {
                continue;
            }
            String key = (String) field.get(null);
            assertThat(PaymentMessages.format(Locale.ENGLISH, key, "X", "Y")).as(key).isNotBlank();
            assertThat(PaymentMessages.format(Locale.forLanguageTag("ru"), key, "X", "Y")).as(key).isNotBlank()
                    .isNotEqualTo(PaymentMessages.format(Locale.ENGLISH, key, "X", "Y"));
        }
    }
}
