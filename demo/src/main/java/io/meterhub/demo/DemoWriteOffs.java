package io.meterhub.demo;

import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.customers.ChargeCorrection;
import io.meterhub.cabinet.customers.ManualEditing;
import io.meterhub.cabinet.customers.WriteOffRule;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.customers.JdbcCustomerDirectoryRepository;
import io.meterhub.storage.cabinet.customers.JdbcManualEditRepository;
import io.meterhub.storage.cabinet.customers.JdbcWriteOffRequestRepository;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The grid company's operator writes off ООО «Ромашка»'s old debt by a reconciliation act, as in the control panel: the
 * amount is over the threshold, so it waits on «Списания» for a second person; the administrator (admin) approves or
 * rejects it there, the operator sees it as their own.
 */
final class DemoWriteOffs {
    private DemoWriteOffs() {
    }

    static void seed(DataSource dataSource, Clock clock, Viewer operator, long accountId) {
        var users = new JdbcUserRepository(dataSource);
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), users, new JdbcTransactions(dataSource));
        ManualEditing editing = new ManualEditing(new JdbcCustomerDirectoryRepository(dataSource), new JdbcManualEditRepository(dataSource),
                new JdbcAccountRepository(dataSource), new JdbcManualReadingRepository(dataSource), new JdbcLedgerRepository(dataSource),
                new StaffRights(new JdbcStaffRepository(dataSource)), audit, clock, new JdbcWriteOffRequestRepository(dataSource),
                WriteOffRule.DEFAULT);
        YearMonth lastYear = YearMonth.from(LocalDate.now(clock)).minusMonths(12);
        editing.correctCharge(operator, accountId, new ChargeCorrection("ELECTRICITY", lastYear, new BigDecimal("-10500.00"),
                "Списание задолженности по акту сверки"), "Акт сверки № 14, долг признан безнадёжным");
    }
}
