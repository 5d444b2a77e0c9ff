package io.meterhub.cabinet.billing;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.NewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads charges made elsewhere (another billing system, a utility's spreadsheet) into the ledger of
 * the operator's organization: {@code account;service;YYYY-MM;amount;description}. The file is
 * loaded whole or not at all; every bad row is named with its field. Each row's source is
 * {@code import:<file>:<row>}, so loading the same file again adds nothing.
 */
public final class ChargeImport {
    private static final Logger LOG = LoggerFactory.getLogger(ChargeImport.class);

    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final LedgerRepository ledger;

    public ChargeImport(AccessPolicy access, AccountRepository accounts, LedgerRepository ledger) {
        this.access = access;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Parses a CSV text (";" or "," separated, optional header) and loads it. */
    public ImportReport importCsv(Viewer operator, String fileName, String csv) {
        List<ChargeRow> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || (i == 0 && isHeader(line))) {
                continue;
            }
            String separator = line.contains(";") ? ";" : ",";
            String[] fields = line.split(java.util.regex.Pattern.quote(separator), -1);
            if (fields.length < 4 || fields.length > 5) {
                errors.add(error(number, "row", "import.columns", fields.length));
                continue;
            }
            rows.add(new ChargeRow(number, fields[0].trim(), fields[1].trim(), fields[2].trim(),
                    separator.equals(";") ? fields[3].trim().replace(',', '.') : fields[3].trim(), fields.length == 5 ? fields[4].trim() : ""));
        }
        return load(operator, fileName, rows, errors);
    }

    public ImportReport importRows(Viewer operator, String fileName, List<ChargeRow> rows) {
        return load(operator, fileName, rows, new ArrayList<>());
    }

    private ImportReport load(Viewer operator, String fileName, List<ChargeRow> rows, List<ImportError> errors) {
        access.requireStaff(operator);
        Set<String> services = accounts.services().stream().map(s -> s.code()).collect(Collectors.toSet());
        List<NewEntry> entries = new ArrayList<>();
        for (ChargeRow row : rows) {
            int before = errors.size();
            Optional<AccountRow> account = Optional.empty();
            if (row.accountNumber() == null || row.accountNumber().isBlank()) {
                errors.add(error(row.rowNumber(), "account", "import.account_missing"));
            } else {
                account = accounts.accountByNumber(operator.organizationId(), row.accountNumber());
                if (account.isEmpty()) {
                    errors.add(error(row.rowNumber(), "account", "import.account_unknown", row.accountNumber()));
                }
            }
            String service = row.serviceCode() == null ? "" : row.serviceCode().toUpperCase(Locale.ROOT);
            if (!services.contains(service)) {
                errors.add(error(row.rowNumber(), "service", "import.service_unknown", row.serviceCode()));
            }
            YearMonth period = null;
            try {
                period = YearMonth.parse(row.period() == null ? "" : row.period());
            } catch (DateTimeParseException e) {
                errors.add(error(row.rowNumber(), "period", "import.period_invalid", row.period()));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(row.amount() == null ? "" : row.amount());
                if (amount.signum() <= 0) {
                    errors.add(error(row.rowNumber(), "amount", "import.amount_not_positive", row.amount()));
                } else if (amount.stripTrailingZeros().scale() > 2) {
                    errors.add(error(row.rowNumber(), "amount", "import.amount_decimals", row.amount()));
                }
            } catch (NumberFormatException e) {
                errors.add(error(row.rowNumber(), "amount", "import.amount_invalid", row.amount()));
            }
            if (errors.size() == before) {
                String description = row.description() == null || row.description().isBlank() ? "Начисление " + period : row.description();
                entries.add(new NewEntry(account.orElseThrow().id(), service, "CHARGE", period.atDay(1), amount.setScale(2), description,
                        "import:" + fileName + ":" + row.rowNumber(), List.of()));
            }
        }
        if (!errors.isEmpty()) {
            LOG.info("charges file {} refused: {} bad row(s) of {}", fileName, errors.size(), rows.size() + errors.size());
            return new ImportReport(rows.size(), 0, 0, List.copyOf(errors));
        }
        int imported = ledger.insertNew(entries);
        LOG.info("charges file {}: {} row(s) loaded, {} already loaded", fileName, imported, entries.size() - imported);
        return new ImportReport(rows.size(), imported, entries.size() - imported, List.of());
    }

    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.startsWith("account") || lower.startsWith("лицевой") || lower.startsWith("\"account");
    }

    private static ImportError error(int row, String field, String code, Object... args) {
        Object[] withRow = new Object[args.length + 1];
        withRow[0] = row;
        System.arraycopy(args, 0, withRow, 1, args.length);
        return new ImportError(row, field, code, List.of(withRow), Messages.format(code, Locale.ENGLISH, withRow));
    }
}
