package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payments received outside the cabinet (a bank's register, a cash desk, 1C): a PAYMENT entry of the
 * account's service in the month of the payment. The payment document's number (1C's external id) is
 * unique in the organization and makes it one entry: the same document loaded again replaces its amount
 * and date instead of paying twice, and a document already paid to another account or service is refused
 * (a second payment under one number is a mistake of the register, not a payment to add).
 */
final class PaymentRules implements KindRules<PaymentLoadRow> {
    private final LoadedRecordsRepository records;
    private final ServiceNames services;
    private final LocalDate today;

    PaymentRules(LoadedRecordsRepository records, ServiceNames services, LocalDate today) {
        this.records = records;
        this.services = services;
        this.today = today;
    }

    @Override
    public PaymentLoadRow parse(Cells cells) {
        String account = cells.text(Headers.ACCOUNT, true, 32);
        String serviceText = cells.text(Headers.SERVICE, true, 100);
        String service = serviceText == null ? null : services.code(serviceText);
        if (serviceText != null && service == null) {
            cells.problem(Headers.SERVICE, "load.field.service_unknown", serviceText);
        }
        LocalDate paidOn = cells.date(Headers.PAID_ON, true);
        if (paidOn != null && paidOn.isAfter(today)) {
            cells.problem(Headers.PAID_ON, "load.field.future");
        }
        BigDecimal amount = cells.decimal(Headers.AMOUNT, true, 2, false);
        if (amount != null && amount.signum() <= 0) {
            cells.problem(Headers.AMOUNT, "load.field.not_positive");
        }
        String document = cells.text(Headers.DOCUMENT, true, 64);
        return cells.bad() ? null : new PaymentLoadRow(account, service, paidOn, amount, document);
    }

    @Override
    public String key(PaymentLoadRow row) {
        return row.document();
    }

    @Override
    public String keyHeader() {
        return Headers.DOCUMENT;
    }

    @Override
    public List<Numbered<PaymentLoadRow>> against(String organizationId, List<Numbered<PaymentLoadRow>> rows, List<LoadProblem> problems) {
        List<Numbered<PaymentLoadRow>> known = KnownAccounts.keep(records, organizationId, rows, PaymentLoadRow::accountNumber, problems);
        Map<String, String> paidTo = records.paymentDocuments(organizationId, known.stream().map(r -> r.row().document()).toList());
        List<Numbered<PaymentLoadRow>> valid = new ArrayList<>(known.size());
        for (Numbered<PaymentLoadRow> r : known) {
            String owner = paidTo.get(r.row().document());
            if (owner == null || owner.equals(r.row().accountNumber() + "\n" + r.row().service())) {
                valid.add(r);
            } else {
                String[] accountAndService = owner.split("\n", 2);
                problems.add(LoadProblem.of(r.rowNo(), Headers.DOCUMENT, r.row().document(), "load.field.document_taken",
                        accountAndService[0], accountAndService[1]));
            }
        }
        return valid;
    }

    @Override
    public Set<String> existing(String organizationId, List<PaymentLoadRow> rows) {
        return records.paymentDocuments(organizationId, rows.stream().map(PaymentLoadRow::document).toList()).keySet();
    }

    @Override
    public void write(long loadId, String organizationId, List<PaymentLoadRow> batch, int appliedAfter) {
        records.upsertPayments(loadId, organizationId, batch, appliedAfter);
    }
}
