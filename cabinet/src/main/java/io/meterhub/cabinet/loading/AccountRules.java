package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.accountaccess.Pins;
import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts (абоненты): the account by number, its holder, address, contacts and services. */
final class AccountRules implements KindRules<AccountLoadRow> {
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-zА-Яа-яЁё/-]{1,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("физическое лицо", "INDIVIDUAL"), Map.entry("фл", "INDIVIDUAL"), Map.entry("individual", "INDIVIDUAL"),
            Map.entry("индивидуальный предприниматель", "SOLE_PROPRIETOR"), Map.entry("ип", "SOLE_PROPRIETOR"),
            Map.entry("sole_proprietor", "SOLE_PROPRIETOR"),
            Map.entry("юридическое лицо", "LEGAL_ENTITY"), Map.entry("юл", "LEGAL_ENTITY"), Map.entry("legal_entity", "LEGAL_ENTITY"));
    private final LoadedRecordsRepository records;
    private final ServiceNames services;

    AccountRules(LoadedRecordsRepository records, ServiceNames services) {
        this.records = records;
        this.services = services;
    }

    @Override
    public AccountLoadRow parse(Cells cells) {
        String number = cells.text(Headers.ACCOUNT, true, 32);
        if (number != null && !NUMBER.matcher(number).matches()) {
            cells.problem(Headers.ACCOUNT, "load.field.account_number");
        }
        String name = cells.text(Headers.FULL_NAME, true, 500);
        String kindText = cells.text(Headers.CUSTOMER_KIND, true, 100);
        String kind = kindText == null ? null : KINDS.get(Column.normalized(kindText).replace('-', ' '));
        if (kindText != null && kind == null) {
            cells.problem(Headers.CUSTOMER_KIND, "load.field.customer_kind");
        }
        String address = cells.text(Headers.ADDRESS, true, 500);
        String phone = phone(cells);
        String email = cells.text(Headers.EMAIL, false, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            cells.problem(Headers.EMAIL, "load.field.email");
        }
        List<String> codes = new ArrayList<>();
        String list = cells.text(Headers.SERVICES, false, 1000);
        if (list != null) {
            Set<String> unique = new LinkedHashSet<>();
            for (String item : list.split("[,;\\n]")) {
                if (item.isBlank()) {
                    continue;
                }
                String code = services.code(item);
                if (code == null) {
                    cells.problem(Headers.SERVICES, "load.field.service_unknown", item.strip());
                } else {
                    unique.add(code);
                }
            }
            codes.addAll(unique);
        }
        var opened = cells.date(Headers.OPENED_ON, false);
        String pin = cells.text(Headers.PIN, false, 12);
        if (pin != null && !Pins.valid(pin)) {
            cells.problem(Headers.PIN, "load.field.pin");
        }
        if (cells.bad()) {
            return null;
        }
        // hashed here, so the PIN in clear goes no further than the parsed cell
        return new AccountLoadRow(number, kind, name, address, phone, email == null ? null : email.toLowerCase(Locale.ROOT), codes, opened,
                pin == null ? null : Pins.hash(pin));
    }

    /** Kept as written when it has 10 or 11 digits (a person reads it); refused otherwise. */
    private static String phone(Cells cells) {
        String phone = cells.text(Headers.PHONE, false, 40);
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (!phone.matches("[+0-9 ()\\-]+") || digits.length() < 10 || digits.length() > 11) {
            cells.problem(Headers.PHONE, "load.field.phone");
            return null;
        }
        return phone;
    }

    @Override
    public String key(AccountLoadRow row) {
        return row.number();
    }

    @Override
    public String keyHeader() {
        return Headers.ACCOUNT;
    }

    @Override
    public List<Numbered<AccountLoadRow>> against(String organizationId, List<Numbered<AccountLoadRow>> rows, List<LoadProblem> problems) {
        return rows;
    }

    @Override
    public Set<String> existing(String organizationId, List<AccountLoadRow> rows) {
        return records.existingAccounts(organizationId, rows.stream().map(AccountLoadRow::number).toList());
    }

    @Override
    public void write(long loadId, String organizationId, List<AccountLoadRow> batch, int appliedAfter) {
        records.upsertAccounts(loadId, organizationId, batch, appliedAfter);
    }
}
