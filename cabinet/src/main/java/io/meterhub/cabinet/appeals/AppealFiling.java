package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.cabinet.correspondence.Side;
import io.meterhub.cabinet.webhooks.IntegrationEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer's side: write an appeal to the organization of one of their accounts (numbered and dated at once),
 * write more to it, reopen it after the answer, and see their own appeals.
 */
public final class AppealFiling {
    public static final String SUBJECT_REQUIRED = "appeals.subject_required";
    public static final String CATEGORY_REQUIRED = "appeals.category_required";
    public static final String ADDRESSEE_REQUIRED = "appeals.addressee_required";
    public static final String WITHOUT_ACCOUNT_ONLY_CONNECTION = "appeals.without_account_only_connection";
    public static final int MAX_SUBJECT = 200;

    private final Transactions transactions;
    private final AppealRepository appeals;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final AppealAccess appealAccess;
    private final AppealThread thread;
    private final AppealTerms terms;
    private final AppealNotifier notifier;
    private final Clock clock;
    private final IntegrationEvents events;

    /** @param events the webhooks' outbox: a registered appeal is recorded in the transaction that registers it */
    public AppealFiling(Transactions transactions, AppealRepository appeals, AccessPolicy access, AccountRepository accounts,
                        AppealAccess appealAccess, AppealThread thread, AppealTerms terms, AppealNotifier notifier, Clock clock,
                        IntegrationEvents events) {
        this.events = events;
        this.transactions = transactions;
        this.appeals = appeals;
        this.access = access;
        this.accounts = accounts;
        this.appealAccess = appealAccess;
        this.thread = thread;
        this.terms = terms;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Whom the customer may write to: the organizations of their accounts, each account on its own line, then each
     * grid company without an account (about a connection: one who is not connected yet has no account).
     */
    public List<AccountChoice> accounts(Viewer viewer) {
        requireCustomer(viewer);
        List<AccountChoice> choices = new ArrayList<>();
        for (AccountRow a : access.accounts(viewer)) {
            choices.add(new AccountChoice(a.id(), a.number(), a.organizationId(),
                    accounts.organization(a.organizationId()).map(OrganizationRow::name).orElse(a.organizationId()), a.address()));
        }
        for (GridCompanyRow grid : appeals.gridCompanies()) {
            choices.add(new AccountChoice(null, null, grid.id(), grid.name(), null));
        }
        return choices;
    }

    /** Registers the appeal with its number, date and deadline, and its text as the thread's first message. */
    public Appeal file(Viewer viewer, NewAppeal form) {
        requireCustomer(viewer);
        if (form.category() == null) {
            throw new ValidationException(CATEGORY_REQUIRED);
        }
        Addressee to = addressee(viewer, form);
        String subject = form.subject() == null ? "" : form.subject().strip();
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            throw new ValidationException(SUBJECT_REQUIRED, MAX_SUBJECT);
        }
        String text = thread.checked(form.text(), form.files());
        Instant now = clock.instant();
        ZoneId zone = accounts.organization(to.organizationId()).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
        int year = now.atZone(zone).getYear();
        Appeal appeal = transactions.inTransaction(tx -> {
            int seq = appeals.nextInSeries(tx, to.organizationId(), year);
            String number = "ОБ-%d-%05d".formatted(year, seq);
            LocalDate deadline = terms.deadline(to.organizationId(), form.category(), now, zone);
            long id = appeals.create(tx, new NewAppealRow(to.organizationId(), year, seq, number, viewer.userId(), to.accountId(),
                    form.category().name(), subject, AppealStatus.REGISTERED.name(), now, deadline));
            Appeal created = appealAccess.locked(tx, viewer, id);
            appeals.addChange(tx, id, null, AppealStatus.REGISTERED.name(), viewer.userId(), now);
            thread.post(tx, created, Side.CUSTOMER, viewer.userId(), text, form.files(), now);
            events.record(tx, AppealEvents.received(created));
            return created;
        });
        notifier.statusChanged(appeal);
        return appeal;
    }

    /** The customer's own appeals, newest first. */
    public List<Appeal> mine(Viewer viewer) {
        requireCustomer(viewer);
        return appeals.ofCustomer(viewer.userId()).stream().map(Appeal::of).toList();
    }

    /** A further message from the customer, until the appeal is closed. */
    public void write(Viewer viewer, long appealId, String text, List<NewAttachment> files) {
        requireCustomer(viewer);
        String checked = thread.checked(text, files);
        transactions.run(tx -> {
            Appeal appeal = appealAccess.locked(tx, viewer, appealId);
            appeal.require(AppealAction.WRITE);
            thread.post(tx, appeal, Side.CUSTOMER, viewer.userId(), checked, files, clock.instant());
        });
    }

    /** Reopened within {@link Appeal#REOPEN_PERIOD} of the answer, with a new term of its category. */
    public Appeal reopen(Viewer viewer, long appealId) {
        requireCustomer(viewer);
        Instant now = clock.instant();
        Appeal reopened = transactions.inTransaction(tx -> {
            Appeal appeal = appealAccess.locked(tx, viewer, appealId);
            AppealStateRow state = appeal.reopen(now, terms.deadline(appeal.organizationId(), appeal.category(), now, appeal.zone()));
            appeals.save(tx, state);
            appeals.addChange(tx, appealId, appeal.status().name(), state.status(), viewer.userId(), now);
            return appealAccess.locked(tx, viewer, appealId);
        });
        notifier.statusChanged(reopened);
        return reopened;
    }

    /**
     * The organization that receives the appeal: the account's (one of the customer's own), or without an account a grid
     * company, and then only about a connection.
     */
    private Addressee addressee(Viewer viewer, NewAppeal form) {
        if (form.accountId() != null) {
            AccountRow account = access.account(viewer, form.accountId());
            return new Addressee(account.organizationId(), account.id());
        }
        boolean grid = form.organizationId() != null
                && appeals.gridCompanies().stream().anyMatch(g -> g.id().equals(form.organizationId()));
        if (!grid) {
            throw new ValidationException(ADDRESSEE_REQUIRED);
        }
        if (form.category() != AppealCategory.CONNECTION) {
            throw new ValidationException(WITHOUT_ACCOUNT_ONLY_CONNECTION);
        }
        return new Addressee(form.organizationId(), null);
    }

    private record Addressee(String organizationId, Long accountId) {
    }

    private static void requireCustomer(Viewer viewer) {
        if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(AppealAccess.NO_SUCH_APPEAL);
        }
    }
}
