package io.meterhub.cabinet;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.billing.BillingReport;
import io.meterhub.cabinet.billing.BillingRun;
import io.meterhub.cabinet.billing.ChargeImport;
import io.meterhub.cabinet.billing.ImportError;
import io.meterhub.cabinet.billing.ImportReport;
import io.meterhub.cabinet.ledger.ChargeLineRow;
import io.meterhub.cabinet.ledger.EntryKind;
import io.meterhub.cabinet.ledger.LedgerLine;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.tariffs.TariffService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BillingAndLedgerTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static Fixture fixture;
    private static Fixture.Person petrova;
    private static Viewer operator;
    private static long manualAccount;
    private static long smartAccount;
    private static BillingRun billing;
    private static LedgerService ledger;

    @BeforeAll
    static void open() throws SQLException {
        fixture = Fixture.open("cabinet_billing");
        fixture.organization("BILL", Fixture.SAMARA, 15, 25);
        Clock clock = Fixture.clockAt("2026-04-02T10:00:00", Fixture.SAMARA);
        TariffService tariffs = Services.of(fixture.dataSource, clock).tariffs();
        tariffs.addPrice("BILL", "ELECTRICITY", 1, new BigDecimal("5.47"), LocalDate.of(2025, 1, 1));
        tariffs.addPrice("BILL", "ELECTRICITY", 1, new BigDecimal("6.13"), LocalDate.of(2026, 3, 11));
        tariffs.addPrice("BILL", "UPKEEP", 0, new BigDecimal("1500.00"), LocalDate.of(2025, 1, 1));
        tariffs.addPrice("BILL", "UPKEEP", 0, new BigDecimal("1650.00"), LocalDate.of(2026, 3, 11));
        petrova = fixture.customer("petrova");
        operator = fixture.staff("bill-operator", Role.OPERATOR, "BILL");

        manualAccount = fixture.account(petrova, "BILL");
        long plain = fixture.meter(manualAccount, "ELECTRICITY", 1, 6, 1, null);
        fixture.accepted(plain, 1, "1000.0", LocalDate.of(2026, 2, 25));
        fixture.accepted(plain, 1, "1200.0", LocalDate.of(2026, 3, 5));
        fixture.accepted(plain, 1, "1317.7", LocalDate.of(2026, 3, 25));

        smartAccount = fixture.account(petrova, "BILL");
        fixture.accounts.addService(smartAccount, "UPKEEP");
        fixture.telemetryMeter("BILL", "T-1", 0);
        // half a kWh every hour from 28 February to 2 April: only March's local hours are billed
        fixture.hours("T-1", LocalDate.of(2026, 2, 28).atStartOfDay(Fixture.SAMARA), LocalDate.of(2026, 4, 2).atStartOfDay(Fixture.SAMARA), 0.5);
        fixture.meter(smartAccount, "ELECTRICITY", 1, 6, 1, "T-1");

        billing = Services.of(fixture.dataSource, clock).billing();
        ledger = Services.of(fixture.dataSource, clock).ledgerService();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static LedgerLine charge(long account, String service) {
        return ledger.entries(operator, account, service, 0, 100).items().stream()
                .filter(e -> e.kind() == EntryKind.CHARGE && e.period().equals(MARCH) && e.source().equals("billing:2026-03"))
                .findFirst().orElseThrow();
    }

    @Test
    void a_price_change_inside_the_month_splits_manual_consumption_by_days_to_the_kopeck() {
        billing.run("BILL", MARCH);
        LedgerLine charge = charge(manualAccount, "ELECTRICITY");

        // 317.7 kWh from 25 February's reading to 25 March's: 10 of 31 days at 5.47, 21 at 6.13
        assertThat(charge.lines()).extracting(ChargeLineRow::quantity, ChargeLineRow::price, ChargeLineRow::amount, ChargeLineRow::validFrom,
                        ChargeLineRow::validTo)
                .containsExactly(tuple(new BigDecimal("102.484"), new BigDecimal("5.4700"), new BigDecimal("560.59"), LocalDate.of(2026, 3, 1),
                                LocalDate.of(2026, 3, 11)),
                        tuple(new BigDecimal("215.216"), new BigDecimal("6.1300"), new BigDecimal("1319.27"), LocalDate.of(2026, 3, 11),
                                LocalDate.of(2026, 4, 1)));
        assertThat(charge.amount()).isEqualTo(new BigDecimal("1879.86"));
    }

    @Test
    void telemetry_is_priced_by_the_actual_days_of_its_hours_in_the_local_month() {
        billing.run("BILL", MARCH);
        LedgerLine charge = charge(smartAccount, "ELECTRICITY");

        assertThat(charge.lines()).extracting(ChargeLineRow::quantity, ChargeLineRow::amount)
                .containsExactly(tuple(new BigDecimal("120.000"), new BigDecimal("656.40")), tuple(new BigDecimal("252.000"), new BigDecimal("1544.76")));
        assertThat(charge.amount()).isEqualTo(new BigDecimal("2201.16"));
    }

    @Test
    void fixed_monthly_charges_follow_the_price_in_force_by_days() {
        billing.run("BILL", MARCH);
        LedgerLine charge = charge(smartAccount, "UPKEEP");

        assertThat(charge.lines()).extracting(ChargeLineRow::zone, ChargeLineRow::amount)
                .containsExactly(tuple(0, new BigDecimal("483.87")), tuple(0, new BigDecimal("1117.74")));
        assertThat(charge.amount()).isEqualTo(new BigDecimal("1601.61"));
        assertThat(ledger.entries(operator, manualAccount, "UPKEEP", 0, 10).total()).isZero();
    }

    @Test
    void running_the_same_month_twice_charges_once() {
        BillingReport first = billing.run("BILL", MARCH);
        long entriesBefore = ledger.entries(operator, smartAccount, null, 0, 100).total();
        BillingReport second = billing.run("BILL", MARCH);

        assertThat(second.entries()).isEqualTo(first.entries()).isGreaterThanOrEqualTo(3);
        assertThat(second.total()).isEqualTo(first.total());
        assertThat(charge(manualAccount, "ELECTRICITY").amount()).isEqualTo(new BigDecimal("1879.86"));
        assertThat(ledger.entries(operator, smartAccount, null, 0, 100).total()).isEqualTo(entriesBefore);
        assertThat(charge(smartAccount, "ELECTRICITY").lines()).hasSize(2);
        assertThat(first.problems()).isEmpty();
    }

    @Test
    void a_month_without_a_tariff_is_reported_not_charged() {
        BillingReport report = billing.run("BILL", YearMonth.of(2024, 12));
        assertThat(report.problems()).extracting(p -> p.code()).contains("billing.no_tariff");
    }

    @Test
    void debt_is_charges_minus_payments_and_a_payment_is_posted_once_per_source() {
        Fixture.Person payer = fixture.customer("payer");
        long account = fixture.account(payer, "BILL");
        fixture.accounts.addService(account, "UPKEEP");
        billing.run("BILL", MARCH);
        assertThat(ledger.debt(payer.viewer(), account).total()).isEqualTo(new BigDecimal("1601.61"));

        assertThat(ledger.postPayment(account, "UPKEEP", MARCH, new BigDecimal("1000.00"), "seed-payment:1")).isTrue();
        assertThat(ledger.postPayment(account, "UPKEEP", MARCH, new BigDecimal("1000.00"), "seed-payment:1")).isFalse();
        assertThat(ledger.postPayment(account, "UPKEEP", MARCH, new BigDecimal("0.61"), "seed-payment:2")).isTrue();

        assertThat(ledger.debt(payer.viewer(), account).byService()).containsEntry("UPKEEP", new BigDecimal("601.00"));
        assertThat(ledger.totalDebt(payer.viewer())).isEqualTo(new BigDecimal("601.00"));
        assertThat(ledger.entries(payer.viewer(), account, null, 0, 2).total()).isEqualTo(3);
        assertThat(ledger.entries(payer.viewer(), account, null, 1, 2).items()).hasSize(1);
    }

    @Test
    void a_charges_file_with_bad_rows_loads_nothing_and_names_each_row_and_field() {
        ChargeImport importer = Services.of(fixture.dataSource, Clock.systemUTC()).chargeImport();
        String number = fixture.accounts.account(manualAccount).orElseThrow().number();
        long before = ledger.entries(operator, manualAccount, null, 0, 100).total();
        String bad = "account;service;period;amount;description\n"
                + number + ";COLD_WATER;2026-03;412.50;Холодная вода\n"
                + "NO-SUCH;COLD_WATER;2026-03;100;\n"
                + number + ";GAS;2026-3;12,345;\n"
                + number + ";HOT_WATER;2026-03\n";

        ImportReport report = importer.importCsv(operator, "march.csv", bad);

        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportError::row, ImportError::field, ImportError::code)
                .containsExactlyInAnyOrder(tuple(5, "row", "import.columns"), tuple(3, "account", "import.account_unknown"),
                        tuple(4, "service", "import.service_unknown"), tuple(4, "period", "import.period_invalid"),
                        tuple(4, "amount", "import.amount_decimals"));
        assertThat(report.errors()).extracting(ImportError::message).contains("Row 3, account: no account NO-SUCH in this organization");
        assertThat(ledger.entries(operator, manualAccount, null, 0, 100).total()).isEqualTo(before);

        String good = number + ";COLD_WATER;2026-03;412.50;Холодная вода\n" + number + ";HOT_WATER;2026-03;1 000.00;\n";
        assertThat(importer.importCsv(operator, "march.csv", good).errors()).extracting(ImportError::code).containsExactly("import.amount_invalid");
        good = good.replace("1 000.00", "1000.00");
        assertThat(importer.importCsv(operator, "march.csv", good).imported()).isEqualTo(2);
        ImportReport again = importer.importCsv(operator, "march.csv", good);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyLoaded()).isEqualTo(2);
        assertThat(ledger.debt(operator, manualAccount).byService()).containsEntry("COLD_WATER", new BigDecimal("412.50"))
                .containsEntry("HOT_WATER", new BigDecimal("1000.00"));
    }
}
