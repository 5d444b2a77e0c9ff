package io.meterhub.cabinet.ledger;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger of accounts: entries kept without limit, debt = charges − payments + adjustments. */
public final class LedgerService {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);
    public static final int MAX_PAGE_SIZE = 500;

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final LedgerRepository ledger;

    public LedgerService(AccessPolicy access, AccountRepository accounts, LedgerRepository ledger) {
        this.access = access;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /**
     * Entries of an account, newest period first.
     *
     * @param serviceCode one service, or null for all
     * @param page        from 0
     */
    public Page<LedgerLine> entries(Viewer viewer, long accountId, String serviceCode, int page, int pageSize) {
        AccountRow account = access.account(viewer, accountId);
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ValidationException("ledger.page_invalid", MAX_PAGE_SIZE);
        }
        List<LedgerLine> items = ledger.entries(account.id(), serviceCode, pageSize, (long) page * pageSize).stream().map(this::line).toList();
        return new Page<>(items, page, pageSize, ledger.count(account.id(), serviceCode));
    }

    public AccountDebt debt(Viewer viewer, long accountId) {
        return debt(access.account(viewer, accountId));
    }

    /** Debts of every account the viewer sees. */
    public List<AccountDebt> debts(Viewer viewer) {
        return access.accounts(viewer).stream().map(this::debt).toList();
    }

    /** The sum of the debts of every account the viewer sees. */
    public BigDecimal totalDebt(Viewer viewer) {
        return debts(viewer).stream().map(AccountDebt::total).reduce(Money.ZERO, BigDecimal::add);
    }

    /**
     * Records a payment that a provider confirmed. Idempotent by source: the same source again
     * changes nothing and returns false.
     */
    public boolean postPayment(long accountId, String serviceCode, YearMonth period, BigDecimal amount, String source) {
        return post(accountId, serviceCode, EntryKind.PAYMENT, period, amount, source, "Оплата");
    }

    /**
     * The same inside the caller's transaction (the payment engine's callback), with its own
     * description: matches {@code PaymentLedger}, so {@code ledgerService::postPayment} plugs in.
     */
    public boolean postPayment(Tx transaction, long accountId, String serviceCode, LocalDate period, BigDecimal amount,
                               String description, String source) {
        checkPayment(amount, source);
        return ledger.insertNew(transaction, new NewEntry(accountId, serviceCode, EntryKind.PAYMENT.name(), period.withDayOfMonth(1),
                Money.kopecks(amount), description == null || description.isBlank() ? "Оплата" : description, source, List.of()));
    }

    /** An operator's correction: a positive amount raises the debt, a negative one lowers it. Idempotent by source. */
    public boolean postAdjustment(Viewer operator, long accountId, String serviceCode, YearMonth period, BigDecimal amount, String reason,
                                  String source) {
        AccountRow account = access.account(operator, accountId);
        access.requireStaffOf(operator, account.organizationId());
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("ledger.reason_required");
        }
        if (amount == null || amount.signum() == 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("ledger.amount_invalid", amount);
        }
        NewEntry entry = new NewEntry(accountId, serviceCode, EntryKind.ADJUSTMENT.name(), period.atDay(1), Money.kopecks(amount), reason.trim(),
                source, List.of());
        return ledger.insertNew(List.of(entry)) == 1;
    }

    private boolean post(long accountId, String serviceCode, EntryKind kind, YearMonth period, BigDecimal amount, String source,
                         String description) {
        checkPayment(amount, source);
        if (accounts.account(accountId).isEmpty()) {
            throw new ValidationException("ledger.account_unknown", accountId);
        }
        if (accounts.service(serviceCode).isEmpty()) {
            throw new ValidationException("ledger.service_unknown", serviceCode);
        }
        boolean fresh = ledger.insertNew(List.of(new NewEntry(accountId, serviceCode, kind.name(), period.atDay(1), Money.kopecks(amount),
                description, source, List.of()))) == 1;
        LOG.info("{} {} on account {} {}: {}", kind, source, accountId, serviceCode, fresh ? "posted" : "already posted");
        return fresh;
    }

    private static void checkPayment(BigDecimal amount, String source) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("ledger.amount_invalid", amount);
        }
        if (source == null || source.isBlank()) {
            throw new ValidationException("ledger.source_required");
        }
    }

    private AccountDebt debt(AccountRow account) {
        Map<String, BigDecimal> byService = new LinkedHashMap<>();
        ledger.debtByService(account.id()).forEach((service, debt) -> byService.put(service, Money.kopecks(debt)));
        BigDecimal total = byService.values().stream().reduce(Money.ZERO, BigDecimal::add);
        return new AccountDebt(account.id(), account.number(), account.organizationId(), byService, total);
    }

    private LedgerLine line(EntryRow row) {
        return new LedgerLine(row.id(), row.accountId(), row.serviceCode(), EntryKind.valueOf(row.kind()), YearMonth.from(row.period()),
                row.amount(), row.description(), row.source(), row.createdAt(),
                EntryKind.CHARGE.name().equals(row.kind()) ? ledger.lines(row.id()) : List.of());
    }
}
