package io.meterhub.cabinet.payments;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message keys of payments and receipts ({@code payments-messages.properties}, Russian in
 * {@code payments-messages_ru.properties}) and their rendering.
 */
public final class PaymentMessages {
    public static final String BUNDLE = "payments-messages";

    public static final String LINES_EMPTY = "payment.lines.empty";
    public static final String LINES_TOO_MANY = "payment.lines.tooMany";
    public static final String LINE_DUPLICATE = "payment.line.duplicate";
    public static final String AMOUNT_REQUIRED = "payment.amount.required";
    public static final String AMOUNT_NOT_A_NUMBER = "payment.amount.notANumber";
    public static final String AMOUNT_NOT_POSITIVE = "payment.amount.notPositive";
    public static final String AMOUNT_TOO_MANY_DECIMALS = "payment.amount.tooManyDecimals";
    public static final String AMOUNT_TOO_LARGE = "payment.amount.tooLarge";
    public static final String SERVICE_REQUIRED = "payment.service.required";
    public static final String SERVICE_NOT_ON_ACCOUNT = "payment.service.notOnAccount";
    public static final String ACCOUNT_FORBIDDEN = "payment.account.forbidden";
    public static final String IDEMPOTENCY_KEY_INVALID = "payment.idempotencyKey.invalid";
    public static final String IDEMPOTENCY_KEY_REUSED = "payment.idempotencyKey.reused";
    public static final String PROVIDER_UNAVAILABLE = "payment.provider.unavailable";

    public static final String CALLBACK_SIGNATURE_INVALID = "payment.callback.signatureInvalid";
    public static final String CALLBACK_MALFORMED = "payment.callback.malformed";
    public static final String CALLBACK_UNKNOWN_PAYMENT = "payment.callback.unknownPayment";
    public static final String CALLBACK_AMOUNT_MISMATCH = "payment.callback.amountMismatch";
    public static final String CALLBACK_CURRENCY_MISMATCH = "payment.callback.currencyMismatch";
    public static final String CALLBACK_KEY_MISMATCH = "payment.callback.idempotencyKeyMismatch";
    public static final String CALLBACK_STATUS_CONFLICT = "payment.callback.statusConflict";

    public static final String RECEIPT_NOT_FOUND = "receipt.notFound";
    public static final String RECEIPT_FORBIDDEN = "receipt.forbidden";

    private PaymentMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public static String format(Locale locale, PaymentProblem problem) {
        return format(locale, problem.messageKey(), problem.arguments().toArray());
    }
}
