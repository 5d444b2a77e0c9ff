package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer attaches an account by its number and the secret printed on its receipt: the account's PIN, or, when
 * the account has none, the amount of its last charge. Every try is recorded; wrong ones lock the account and the
 * user for a while ({@link AttachLimits}). A wrong number and a wrong secret are told the same way.
 */
public final class AccountAttaching {
    public static final String CUSTOMERS_ONLY = "account_access.customers_only";
    public static final String NUMBER_REQUIRED = "account_access.attach.number_required";
    public static final String SECRET_REQUIRED = "account_access.attach.secret_required";
    public static final String WRONG = "account_access.attach.wrong";
    public static final String LOCKED = "account_access.attach.locked";
    public static final String CHOOSE_ORGANIZATION = "account_access.attach.choose_organization";
    public static final String ALREADY_HELD = "account_access.attach.already_held";
    private static final Logger LOG = LoggerFactory.getLogger(AccountAttaching.class);

    private final AccountAccessRepository grants;
    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final AttachLimits limits;
    private final Clock clock;

    public AccountAttaching(AccountAccessRepository grants, AccountRepository accounts, AccessPolicy access, AttachLimits limits, Clock clock) {
        this.grants = grants;
        this.accounts = accounts;
        this.access = access;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Attaches the account to the viewer as its holder.
     *
     * @param organizationId null when the number is unique among the organizations
     * @param secret         the receipt's PIN, or the last charge's amount (roubles with kopecks, a comma or a point)
     */
    public AccountRow attach(Viewer viewer, String number, String organizationId, String secret) {
        if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(CUSTOMERS_ONLY);
        }
        String trimmed = number == null ? "" : number.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(NUMBER_REQUIRED);
        }
        if (secret == null || secret.isBlank()) {
            throw new ValidationException(SECRET_REQUIRED);
        }
        String organization = organizationId == null || organizationId.isBlank() ? null : organizationId.strip();
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        int userFailures = grants.userFailuresSince(viewer.userId(), since);
        if (userFailures >= limits.perUser()) {
            grants.recordAttempt(viewer.userId(), null, trimmed, organization, AttachOutcome.LOCKED, now);
            LOG.info("user {}: attaching an account refused unchecked, {} failures within {}", viewer.userId(), userFailures, limits.window());
            throw new ValidationException(LOCKED, limits.window().toMinutes());
        }
        List<AttachTarget> targets = grants.attachTargets(trimmed, organization);
        if (targets.size() > 1) {
            throw new ValidationException(CHOOSE_ORGANIZATION);
        }
        if (targets.isEmpty()) {
            grants.recordAttempt(viewer.userId(), null, trimmed, organization, AttachOutcome.NO_SUCH_ACCOUNT, now);
            throw wrong(userFailures + 1, 0);
        }
        AttachTarget target = targets.get(0);
        int accountFailures = grants.accountFailuresSince(target.accountId(), since);
        if (accountFailures >= limits.perAccount()) {
            grants.recordAttempt(viewer.userId(), target.accountId(), trimmed, target.organizationId(), AttachOutcome.LOCKED, now);
            LOG.info("account {}: attaching refused unchecked, {} wrong secrets within {}", target.accountId(), accountFailures, limits.window());
            throw new ValidationException(LOCKED, limits.window().toMinutes());
        }
        if (!proves(target, secret.strip())) {
            grants.recordAttempt(viewer.userId(), target.accountId(), trimmed, target.organizationId(), AttachOutcome.WRONG_SECRET, now);
            LOG.info("user {}: a wrong secret for account {}", viewer.userId(), target.accountId());
            throw wrong(userFailures + 1, accountFailures + 1);
        }
        AccountRow account = accounts.account(target.accountId()).orElseThrow();
        grants.recordAttempt(viewer.userId(), target.accountId(), trimmed, target.organizationId(), AttachOutcome.ATTACHED, now);
        if (access.kindOf(viewer, account).filter(kind -> kind == AccessKind.HOLDER).isPresent()) {
            throw new ValidationException(ALREADY_HELD, account.number());
        }
        grants.grant(account.id(), viewer.userId(), AccessKind.HOLDER, viewer.userId(), now, null);
        LOG.info("user {}: account {} attached", viewer.userId(), account.id());
        return account;
    }

    /** The organizations to choose from when a number is not unique. */
    public List<AttachOrganization> organizations() {
        return grants.organizationsWithAccounts();
    }

    private ValidationException wrong(int userFailures, int accountFailures) {
        int left = Math.max(0, Math.min(limits.perUser() - userFailures, limits.perAccount() - accountFailures));
        return left == 0 ? new ValidationException(LOCKED, limits.window().toMinutes()) : new ValidationException(WRONG, left);
    }

    private boolean proves(AttachTarget target, String secret) {
        if (target.pinHash() != null) {
            return Pins.matches(secret, target.pinHash());
        }
        Optional<BigDecimal> last = grants.lastChargeAmount(target.accountId());
        Optional<BigDecimal> typed = amount(secret);
        return last.isPresent() && typed.isPresent() && last.get().compareTo(typed.get()) == 0;
    }

    /** "1 520,35", "1520.35", "1520,35 ₽" as an amount; empty when it is none. */
    static Optional<BigDecimal> amount(String text) {
        String cleaned = text.replace('\u00a0', ' ').replace(" ", "").replace("₽", "").replace("руб.", "").replace(',', '.');
        if (!cleaned.matches("-?[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned));
    }
}
