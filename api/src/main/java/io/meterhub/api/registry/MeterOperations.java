package io.meterhub.api.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;
import io.meterhub.api.problem.FieldError;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.MeterUpsert;
import io.meterhub.cabinet.registry.RegistryIntegration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/meters} and {@code PUT /api/v1/meters} over the registry's rules, for the caller's organization only. */
public final class MeterOperations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURSOR_PREFIX = "m1:";
    private final RegistryIntegration registry;

    public MeterOperations(RegistryIntegration registry) {
        this.registry = registry;
    }

    public Answer list(ApiRequest request) {
        int limit = request.query("limit").map(Integer::parseInt).orElse(100);
        String after = request.query("cursor").map(MeterOperations::afterId).orElse(null);
        String controller = request.query("controller").orElse(null);
        List<Meter> meters = registry.meters(request.caller().organizationId(), controller, after, limit + 1);
        boolean more = meters.size() > limit;
        List<Meter> page = more ? meters.subList(0, limit) : meters;
        return Answer.json(200, new MeterPage(page, more ? cursor(page.get(page.size() - 1).id()) : null));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        JsonNode items = JSON.readTree(request.body()).get("items");
        List<MeterForm> forms = new ArrayList<>();
        List<Integer> indexOfForm = new ArrayList<>();
        List<BulkAnswer.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<FieldError> errors = new ArrayList<>();
            MeterForm form = new MeterForm(text(item, "id"), text(item, "controllerId"), text(item, "number"), text(item, "model"),
                    text(item, "serial"), number(item, "registerDigits"), number(item, "tariffRegisters"), number(item, "intervalSeconds"),
                    text(item, "accountNumber"), text(item, "objectName"), date(item, "installedOn", i, errors),
                    date(item, "nextVerificationOn", i, errors));
            if (errors.isEmpty()) {
                forms.add(form);
                indexOfForm.add(i);
            } else {
                refused.add(new BulkAnswer.Refused(i, form.id(), errors));
            }
        }
        List<BulkAnswer.Accepted> accepted = new ArrayList<>();
        for (MeterUpsert outcome : registry.upsertMeters(request.caller().organizationId(), request.caller().key().actor(), forms)) {
            int index = indexOfForm.get(outcome.index());
            if (outcome.accepted()) {
                accepted.add(new BulkAnswer.Accepted(index, outcome.meterId(), outcome.result().name().toLowerCase(Locale.ROOT)));
            } else {
                refused.add(new BulkAnswer.Refused(index, outcome.meterId(), outcome.problems().stream()
                        .map(p -> error(index, p)).toList()));
            }
        }
        refused.sort(java.util.Comparator.comparingInt(BulkAnswer.Refused::index));
        return Answer.json(200, new BulkAnswer(accepted, refused));
    }

    private static FieldError error(int index, FieldProblem problem) {
        // the registry's field names are the contract's property names
        return FieldError.at("#/items/" + index + "/" + problem.field(), problem.message(Locale.ROOT));
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer number(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || !value.canConvertToInt() ? null : value.intValue();
    }

    /** The contract says "format: date", which the router does not assert: a wrong date is the item's problem, not the request's. */
    private static LocalDate date(JsonNode item, String field, int index, List<FieldError> errors) {
        String text = text(item, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.at("#/items/" + index + "/" + field, "\"" + text + "\" is not a date of the form 2026-11-23"));
            return null;
        }
    }

    private static String cursor(String lastId) {
        return Cursor.after(CURSOR_PREFIX, lastId);
    }

    private static String afterId(String cursor) {
        return Cursor.lastKey(CURSOR_PREFIX, cursor);
    }
}
