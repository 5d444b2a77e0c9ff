package io.meterhub.cabinet.receipts;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accountaccess.AccountRight;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly receipt of an account: a PDF (A4, Cyrillic, the fonts ship inside the jar) with the
 * organization's requisites, the account, charges by service and zone, the month's payments, the
 * debt and the payment QR code of GOST R 56042-2014.
 */
public final class ReceiptService {
    private final ReceiptQueries queries;
    private final ReceiptAccess access;
    private final Clock clock;

    public ReceiptService(ReceiptQueries queries, ReceiptAccess access, Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The default rule: the customer who holds the account or was delegated it, or staff (OPERATOR, ADMIN) of its organization. */
    public static ReceiptAccess holderOrStaff(ReceiptQueries queries, AccessPolicy policy) {
        return (userId, accountId) -> queries.mayView(userId, accountId) || policy.customerMay(userId, accountId, AccountRight.VIEW);
    }

    /** The same for the cabinet's viewer (holder, or staff of the account's organization). */
    public Receipt receiptFor(io.meterhub.cabinet.access.Viewer viewer, long accountId, YearMonth month) {
        return receiptFor(viewer.userId(), accountId, month);
    }

    /**
     * The receipt as the given user may download it.
     *
     * @throws ReceiptException {@code receipt.forbidden} when the user may not see the account (also
     *                          for accounts that do not exist, so ids cannot be probed)
     */
    public Receipt receiptFor(long userId, long accountId, YearMonth month) {
        if (!access.mayView(userId, accountId)) {
            throw ReceiptException.forbidden(userId, accountId);
        }
        return receipt(accountId, month);
    }

    /**
     * The receipt of an account for a month, without an access check (for jobs and operators' tools).
     *
     * @throws ReceiptException {@code receipt.notFound} when there is no such account
     */
    public Receipt receipt(long accountId, YearMonth month) {
        ReceiptSource source = load(accountId, month);
        Optional<GostPaymentQr> qr = paymentQr(source);
        byte[] pdf = new ReceiptPdf(source, qr.map(GostPaymentQr::payload).orElse(null), clock).render();
        return new Receipt(pdf, "receipt-" + fileSafe(source.account().number()) + "-" + month + ".pdf",
                qr.map(GostPaymentQr::payload).orElse(null), source);
    }

    /** What the receipt shows, without the PDF (for the dashboard's pages). */
    public ReceiptSource load(long accountId, YearMonth month) {
        return queries.load(accountId, month.atDay(1)).orElseThrow(() -> ReceiptException.notFound(accountId));
    }

    /**
     * The payment QR of a receipt: the payee's bank requisites, the total to pay in kopecks (left out
     * when nothing is due), the account number, the period, INN, KPP and the purpose. Empty when
     * the organization's mandatory requisites are not filled in or are not valid.
     */
    public static Optional<GostPaymentQr> paymentQr(ReceiptSource source) {
        PayeeRequisites payee = source.payee();
        YearMonth month = YearMonth.from(source.period());
        try {
            GostPaymentQr.Builder builder = GostPaymentQr.builder(
                    GostPaymentQr.clean(payee.displayName()), digits(payee.settlementAccount()), GostPaymentQr.clean(payee.bankName()),
                    digits(payee.bic()), digits(payee.correspondentAccount()));
            if (source.totalToPay().signum() > 0) {
                builder.sum(source.totalToPay());
            }
            builder.persAcc(GostPaymentQr.clean(source.account().number())).paymPeriod(month);
            if (payee.inn() != null && !payee.inn().isBlank()) {
                builder.payeeInn(payee.inn().trim());
            }
            if (payee.kpp() != null && !payee.kpp().isBlank()) {
                builder.kpp(payee.kpp().trim());
            }
            builder.purpose(GostPaymentQr.clean("Оплата ЖКУ по л/с " + source.account().number() + " за "
                    + String.format("%02d.%d", month.getMonthValue(), month.getYear())));
            return Optional.of(builder.build());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String digits(String text) {
        return text == null ? null : text.replaceAll("[\\s-]", "");
    }

    private static String fileSafe(String text) {
        return text.replaceAll("[^0-9A-Za-z_.-]", "_");
    }
}
