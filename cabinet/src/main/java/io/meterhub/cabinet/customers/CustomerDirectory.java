package io.meterhub.cabinet.customers;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.ServiceRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.Money;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Customers as the holders of the USERS module of an organization find and manage them: the search,
 * the card, the customer's login (create, block, unblock, password link) and accounts linked to users.
 * Holders of MANUAL_EDITING may search and open cards too, to reach what they edit; nothing else.
 * Only customers holding an account with the viewer's organization are reachable, and the card shows
 * only that organization's accounts. A user may hold accounts of several organizations: each
 * organization links its own. Every change is in the audit log, personal data masked.
 */
public final class CustomerDirectory {
    public static final int MAX_PAGE = 50;
    /** Shorter queries would match most of an organization. */
    public static final int MIN_QUERY = 2;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CustomerDirectoryRepository directory;
    private final AccountRepository accounts;
    private final LedgerRepository ledger;
    private final UserService users;
    private final Logins logins;
    private final StaffRights rights;
    private final AuditLog audit;

    public CustomerDirectory(CustomerDirectoryRepository directory, AccountRepository accounts, LedgerRepository ledger, UserService users,
                             Logins logins, StaffRights rights, AuditLog audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.ledger = ledger;
        this.users = users;
        this.logins = logins;
        this.rights = rights;
        this.audit = audit;
    }

    /**
     * Accounts of the viewer's organization whose number or meter serial starts with the query, or
     * whose holder's name or address contains it; one page, best matches first.
     */
    public SearchPage search(Viewer viewer, String query, int offset, int limit) {
        rights.requireAny(viewer, StaffModule.USERS, StaffModule.MANUAL_EDITING);
        int size = Math.min(Math.max(limit, 1), MAX_PAGE);
        String text = query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.length() < MIN_QUERY) {
            return SearchPage.empty(size);
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        int from = Math.max(offset, 0);
        List<MatchRow> rows = directory.search(viewer.organizationId(), escaped + "%", "%" + escaped + "%", size + 1, from);
        List<CustomerMatch> items = rows.stream().limit(size).map(CustomerDirectory::match).toList();
        return new SearchPage(items, from, size, rows.size() > size);
    }

    /** The card, for holders of USERS and of MANUAL_EDITING (who reach the records to edit through it). */
    public CustomerCard card(Viewer viewer, long customerId) {
        rights.requireAny(viewer, StaffModule.USERS, StaffModule.MANUAL_EDITING);
        return card(viewer, reachable(viewer, customerId));
    }

    /**
     * A login for a customer who has none, with the email the one-time password link goes to (the
     * password is theirs alone: nobody on the staff knows it).
     *
     * @return the card with the new login (whether the link went is in the audit log: passwordLinkSent)
     */
    public CustomerCard createLogin(Viewer viewer, long customerId, NewLogin newLogin) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            HolderRow holder = reachable(viewer, customerId);
            if (holder.userId() != null) {
                throw new ValidationException("customers.login_exists");
            }
            String email = newLogin.email() == null ? "" : newLogin.email().strip();
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("email", "customers.email_invalid")));
            }
            long userId = users.create(new NewUser(newLogin.login(), Logins.unknowablePassword(), Role.CUSTOMER, holder.fullName(), "ru", null));
            logins.setEmail(userId, email);
            if (!directory.attachLogin(customerId, userId)) {
                users.takeBack(userId);
                throw new ValidationException("customers.login_exists");
            }
            boolean sent = logins.sendPasswordReset(userId, viewer.userId());
            HolderRow after = directory.holder(customerId).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "customer.login_create", "customer", String.valueOf(customerId), loginSnapshot(holder),
                    withSent(loginSnapshot(after), sent), null);
            return card(viewer, after);
        });
    }

    public CustomerCard blockLogin(Viewer viewer, long customerId, String reason) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            if (reason == null || reason.isBlank()) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("reason", "customers.reason_required")));
            }
            HolderRow before = withLogin(viewer, customerId);
            logins.block(before.userId(), reason.strip());
            HolderRow after = directory.holder(customerId).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "customer.block", "customer", String.valueOf(customerId), loginSnapshot(before),
                    loginSnapshot(after), reason.strip());
            return card(viewer, after);
        });
    }

    public CustomerCard unblockLogin(Viewer viewer, long customerId) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            HolderRow before = withLogin(viewer, customerId);
            logins.unblock(before.userId());
            HolderRow after = directory.holder(customerId).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "customer.unblock", "customer", String.valueOf(customerId), loginSnapshot(before),
                    loginSnapshot(after), null);
            return card(viewer, after);
        });
    }

    /** @return false when the link could not go (no email) */
    public boolean sendPasswordLink(Viewer viewer, long customerId) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            HolderRow holder = withLogin(viewer, customerId);
            boolean sent = logins.sendPasswordReset(holder.userId(), viewer.userId());
            audit.record(viewer, viewer.organizationId(), "customer.password_reset", "customer", String.valueOf(customerId), null,
                    Map.of("sent", sent), null);
            return sent;
        });
    }

    /**
     * Gives an account of the viewer's organization to a user (by login): its holder becomes the user's
     * customer record, made now (same kind and name, no personal data) if the user has none. The user's
     * accounts with other organizations stay as they are.
     *
     * @return the card of the account's new holder
     */
    public CustomerCard linkAccount(Viewer viewer, long accountId, String userLogin) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            CardAccountRow account = ownAccount(viewer, accountId);
            UserAccount user = users.findByLogin(userLogin).filter(u -> u.role() == Role.CUSTOMER)
                    .orElseThrow(() -> new InvalidFieldsException(List.of(FieldProblem.of("login", "customers.no_such_user"))));
            HolderRow from = directory.holder(account.holderId()).orElseThrow();
            if (Objects.equals(from.userId(), user.id())) {
                throw new ValidationException("customers.already_linked", user.login());
            }
            long to = directory.holderOfUser(user.id()).map(HolderRow::id)
                    .orElseGet(() -> directory.createHolder(user.id(), from.kind(), from.fullName()));
            if (!directory.moveAccount(accountId, from.id(), to)) {
                throw new ValidationException("customers.account_changed");
            }
            audit.record(viewer, viewer.organizationId(), "account.link", "account", String.valueOf(accountId), holderSnapshot(account, from),
                    holderSnapshot(account, directory.holder(to).orElseThrow()), null);
            return card(viewer, directory.holder(to).orElseThrow());
        });
    }

    /**
     * Takes an account from its holder's login: it goes to a holder record without a login (same kind
     * and name), so the user no longer sees it; staff can link it again.
     *
     * @return the card of the account's new holder
     */
    public CustomerCard unlinkAccount(Viewer viewer, long accountId) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.USERS);
            CardAccountRow account = ownAccount(viewer, accountId);
            HolderRow from = directory.holder(account.holderId()).orElseThrow();
            if (from.userId() == null) {
                throw new ValidationException("customers.account_not_linked");
            }
            long to = directory.createHolder(null, from.kind(), from.fullName());
            if (!directory.moveAccount(accountId, from.id(), to)) {
                throw new ValidationException("customers.account_changed");
            }
            HolderRow after = directory.holder(to).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "account.unlink", "account", String.valueOf(accountId), holderSnapshot(account, from),
                    holderSnapshot(account, after), null);
            return card(viewer, after);
        });
    }

    /** A customer with at least one account of the viewer's organization; anyone else is "no such customer". */
    private HolderRow reachable(Viewer viewer, long customerId) {
        HolderRow holder = directory.holder(customerId).orElseThrow(CustomerDirectory::noSuchCustomer);
        if (directory.accountsOf(customerId, viewer.organizationId()).isEmpty()) {
            throw noSuchCustomer();
        }
        return holder;
    }

    private HolderRow withLogin(Viewer viewer, long customerId) {
        HolderRow holder = reachable(viewer, customerId);
        if (holder.userId() == null) {
            throw new ValidationException("customers.no_login");
        }
        return holder;
    }

    private CardAccountRow ownAccount(Viewer viewer, long accountId) {
        return directory.account(accountId).filter(a -> Objects.equals(a.organizationId(), viewer.organizationId()))
                .orElseThrow(AccessDeniedException::noSuchAccount);
    }

    static AccessDeniedException noSuchCustomer() {
        return new AccessDeniedException("customers.no_such_customer");
    }

    private CustomerCard card(Viewer viewer, HolderRow h) {
        List<CustomerCard.Account> own = new ArrayList<>();
        for (CardAccountRow a : directory.accountsOf(h.id(), viewer.organizationId())) {
            List<CustomerCard.Meter> meters = directory.metersOf(a.id()).stream().map(m -> new CustomerCard.Meter(m.id(), m.serviceCode(), m.serial(),
                    m.model(), m.zones(), m.digits(), m.decimals(), m.nextVerificationOn(), m.removedOn())).toList();
            BigDecimal balance = ledger.debtByService(a.id()).values().stream().map(Money::kopecks).reduce(Money.ZERO, BigDecimal::add);
            own.add(new CustomerCard.Account(a.id(), a.number(), a.organizationId(), a.organizationName(), a.address(), a.openedOn(),
                    accounts.servicesOfAccount(a.id()).stream().map(ServiceRow::code).toList(), meters, balance));
        }
        LoginStatus status = h.userId() == null ? LoginStatus.NONE : h.blockedAt() == null ? LoginStatus.ACTIVE : LoginStatus.BLOCKED;
        return new CustomerCard(h.id(), h.kind(), h.fullName(), masked(h.snils(), Masking::snils), masked(h.inn(), Masking::inn),
                masked(h.passport(), Masking::passport), masked(h.phone(), Masking::phone),
                Masking.email(h.loginEmail() != null ? h.loginEmail() : h.email()), status, h.login(), h.blockedReason(), own);
    }

    private static String masked(String value, java.util.function.UnaryOperator<String> mask) {
        return value == null || value.isBlank() ? null : mask.apply(value);
    }

    private static CustomerMatch match(MatchRow r) {
        SearchKey key = SearchKey.valueOf(r.matchedBy());
        String holder = Masking.holder(r.holderKind(), r.holderName());
        return new CustomerMatch(r.customerId(), holder, r.accountId(), r.accountNumber(), r.address(), key,
                key == SearchKey.NAME ? holder : r.matchedText());
    }

    /** What the audit keeps of a login: never the password, the email masked. */
    private static Map<String, Object> loginSnapshot(HolderRow h) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("login", h.login());
        s.put("email", Masking.email(h.loginEmail()));
        s.put("blocked", h.blockedAt() != null);
        return s;
    }

    private static Map<String, Object> withSent(Map<String, Object> snapshot, boolean sent) {
        snapshot.put("passwordLinkSent", sent);
        return snapshot;
    }

    private static Map<String, Object> holderSnapshot(CardAccountRow account, HolderRow holder) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", account.number());
        s.put("holder", holder.id());
        s.put("holderName", Masking.holder(holder.kind(), holder.fullName()));
        s.put("login", holder.login());
        return s;
    }
}
