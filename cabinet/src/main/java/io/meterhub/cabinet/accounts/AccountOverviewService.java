package io.meterhub.cabinet.accounts;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.ledger.AccountDebt;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.cabinet.windows.SubmissionWindow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The overview page: every account the viewer sees with its debt, meters, last readings, last events and the window. */
public final class AccountOverviewService {
    public static final int LAST_EVENTS = 5;

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final ManualReadingRepository readings;
    private final TelemetryRepository telemetry;
    private final LedgerService ledger;
    private final Clock clock;

    public AccountOverviewService(AccessPolicy access, AccountRepository accounts, ManualReadingRepository readings,
                                  TelemetryRepository telemetry, LedgerService ledger, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.readings = readings;
        this.telemetry = telemetry;
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<AccountOverview> overview(Viewer viewer) {
        return access.accounts(viewer).stream().map(account -> overview(viewer, account)).toList();
    }

    public AccountOverview account(Viewer viewer, long accountId) {
        return overview(viewer, access.account(viewer, accountId));
    }

    private AccountOverview overview(Viewer viewer, AccountRow account) {
        OrganizationRow organization = accounts.organization(account.organizationId()).orElseThrow();
        CustomerRow holder = accounts.customer(account.holderId()).orElseThrow();
        AccountDebt debt = ledger.debt(viewer, account.id());
        List<MeterOverview> meters = new ArrayList<>();
        for (AccountMeterRow meter : accounts.metersOfAccount(account.id())) {
            if (meter.removedOn() != null) {
                continue;
            }
            List<LastReading> last = new ArrayList<>();
            for (int zone = 1; zone <= meter.zones(); zone++) {
                readings.lastAccepted(meter.id(), zone).ifPresent(r -> last.add(new LastReading(r.zone(), r.value(), r.takenOn())));
            }
            List<MeterEventView> events = meter.smart()
                    ? telemetry.lastEvents(List.of(meter.telemetryMeterId()), LAST_EVENTS).stream()
                    .map(e -> new MeterEventView(e.ts(), LocalDateTime.ofInstant(e.ts(), organization.timeZone()), e.code(), e.details())).toList()
                    : List.of();
            meters.add(new MeterOverview(meter.id(), meter.serviceCode(), meter.serial(), meter.model(), meter.zones(), meter.digits(),
                    meter.decimals(), meter.smart(), last, events));
        }
        LocalDate today = LocalDate.now(clock.withZone(organization.timeZone()));
        return new AccountOverview(account.id(), account.number(), account.address(), organization.id(), organization.name(),
                Masking.holder(holder.kind(), holder.fullName()), holder.kind(), holder.phone() == null ? null : Masking.phone(holder.phone()),
                debt.byService(), debt.total(), meters,
                new SubmissionWindow(organization.windowFirstDay(), organization.windowLastDay()).state(today));
    }
}
