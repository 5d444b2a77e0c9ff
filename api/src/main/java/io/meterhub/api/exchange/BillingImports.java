package io.meterhub.api.exchange;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Operation;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.api.registry.BulkAnswer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.loading.LoadIntegration;
import io.meterhub.cabinet.loading.LoadItems;
import io.meterhub.cabinet.loading.LoadKind;
import io.meterhub.cabinet.loading.LoadProblem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code POST /api/v1/billing/{accounts,services,charges,debts,payments}} and {@code POST /api/v1/billing/files/{kind}}:
 * loads by the control panel's data loading rules, written at once, for the caller's organization only.
 */
public final class BillingImports {
    // amounts stay the decimals they were written as: a JSON number is read as a BigDecimal, never a double
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Map<String, LoadKind> FILE_KINDS = Map.of("accounts", LoadKind.ACCOUNTS, "services", LoadKind.SERVICES,
            "balances", LoadKind.BALANCES, "payments", LoadKind.PAYMENTS);
    private final LoadIntegration loads;

    public BillingImports(LoadIntegration loads) {
        this.loads = loads;
    }

    /** The operation that loads items of a kind. */
    public Operation items(LoadItems kind) {
        return request -> items(request, kind);
    }

    private Answer items(ApiRequest request, LoadItems kind) throws IOException {
        JsonNode items = JSON.readTree(request.body()).get("items");
        List<Map<String, String>> rows = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            Map<String, String> row = new HashMap<>();
            for (String field : kind.fields()) {
                String text = text(item.get(field));
                if (text != null) {
                    row.put(field, text);
                }
            }
            rows.add(row);
        }
        LoadIntegration.ItemsReport report = loads.loadItems(ActingFor.one(request), request.caller().key().actor(), kind, rows);
        List<BulkAnswer.Accepted> accepted = report.accepted().stream()
                .map(a -> new BulkAnswer.Accepted(a.index(), a.key(), a.created() ? "created" : "updated")).toList();
        List<BulkAnswer.Refused> refused = report.refused().stream().map(r -> new BulkAnswer.Refused(r.index(), null,
                r.problems().stream().map(p -> error(r.index(), p)).toList())).toList();
        return Answer.json(200, new BulkAnswer(accepted, refused));
    }

    /** A field's value as a file's cell holds it: a number as written, a list of codes with commas between. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return String.join(",", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.asText();
    }

    private static FieldError error(int index, FieldProblem problem) {
        return FieldError.at("#/items/" + index + "/" + problem.field(), problem.message(Locale.ROOT));
    }

    /** {@code POST /api/v1/billing/files/{kind}}: the control panel's template, CSV or XLSX (told by its bytes). */
    public Answer file(ApiRequest request) {
        LoadKind kind = FILE_KINDS.get(request.query("kind").orElse(""));
        if (request.body().length == 0) {
            throw new ProblemException(Problems.fileRefused(Messages.format("load.file_empty", Locale.ROOT)));
        }
        LoadIntegration.FileReport report;
        try {
            report = loads.loadFile(ActingFor.one(request), request.caller().key().actor(), kind, request.body());
        } catch (CabinetException e) {
            throw new ProblemException(Problems.fileRefused(Messages.format(e.code(), Locale.ROOT, e.args().toArray())));
        }
        return Answer.json(200, new FileAnswer(report.rowsTotal(), report.rowsValid(), report.rowsBad(), report.rowsNew(), report.rowsUpdated(),
                report.rowsApplied(), report.problems().stream().map(FileAnswer.RowProblem::of).toList()));
    }

    /** What the control panel shows of a loaded file: its counts and each bad field. */
    record FileAnswer(int rowsTotal, int rowsValid, int rowsBad, int rowsNew, int rowsUpdated, int rowsApplied, List<RowProblem> problems) {
        /**
         * @param row     the row as the spreadsheet numbers it (the header is row 1)
         * @param column  the column's header, as the template writes it
         * @param detail  what is wrong, in English
         * @param message the control panel's own line, in Russian («строка 3, «Сумма»: 0 — должна быть больше нуля»)
         */
        record RowProblem(int row, String column, String value, String detail, String message) {
            static RowProblem of(LoadProblem p) {
                return new RowProblem(p.row(), p.field(), p.value(), p.reason(Locale.ROOT), p.message(RU));
            }
        }
    }
}
