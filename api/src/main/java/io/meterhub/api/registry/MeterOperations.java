package io.meterhub.api.registry;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.Owned;
import io.meterhub.cabinet.registry.RegistryIntegration;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/meters}, {@code GET /api/v1/meters/{id}} and {@code PUT /api/v1/meters} over the registry's rules,
 * for the organizations the caller acts for only.
 */
public final class MeterOperations {
    private static final String CURSOR_PREFIX = "m1:";
    private final RegistryIntegration registry;

    public MeterOperations(RegistryIntegration registry) {
        this.registry = registry;
    }

    public Answer list(ApiRequest request) {
        int limit = Page.limit(request);
        String after = request.query("cursor").map(c -> Cursor.lastKey(CURSOR_PREFIX, c)).orElse(null);
        String controller = request.query("controller").orElse(null);
        List<Owned<Meter>> meters = registry.meters(ActingFor.listed(request), controller, after, limit + 1);
        return Answer.json(200, Page.of(meters, limit, MeterOperations::listed, m -> m.item().id(), CURSOR_PREFIX));
    }

    public Answer get(ApiRequest request) {
        String id = request.query("id").orElseThrow();
        return registry.meter(request.caller().organizations(), id).map(m -> Answer.json(200, listed(m)))
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/meters/" + id)));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        var result = BulkUpsert.run(request, "id", MeterOperations::form, (organization, actor, forms, indexes) ->
                registry.upsertMeters(organization, actor, forms).stream().map(outcome -> {
                    int index = indexes.get(outcome.index());
                    return outcome.accepted()
                            ? BulkUpsert.Fate.accepted(new BulkAnswer.Accepted(index, outcome.meterId(), outcome.result().name().toLowerCase(Locale.ROOT)))
                            : BulkUpsert.Fate.<BulkAnswer.Accepted>refused(index, outcome.meterId(), errors("#/items/" + index, outcome.problems()));
                }).toList(), BulkAnswer.Accepted::index);
        return Answer.json(200, new BulkAnswer(result.accepted(), result.refused()));
    }

    /** A meter's form from its JSON (an item of the upsert, or a replacement's new meter); a bad date is an error at its pointer. */
    static MeterForm form(JsonNode item, String at, List<FieldError> errors) {
        return new MeterForm(ItemFields.text(item, "id"), ItemFields.text(item, "controllerId"), ItemFields.text(item, "number"),
                ItemFields.text(item, "model"), ItemFields.text(item, "serial"), ItemFields.number(item, "registerDigits"),
                ItemFields.number(item, "tariffRegisters"), ItemFields.number(item, "intervalSeconds"), ItemFields.text(item, "accountNumber"),
                ItemFields.text(item, "objectName"), ItemFields.date(item, "installedOn", at, errors),
                ItemFields.date(item, "nextVerificationOn", at, errors));
    }

    /** The registry's problems at their fields: the registry's field names are the contract's property names. */
    static List<FieldError> errors(String at, List<FieldProblem> problems) {
        return problems.stream().map(p -> FieldError.at(at + "/" + p.field(), p.message(Locale.ROOT))).toList();
    }

    private static Listed<Meter> listed(Owned<Meter> meter) {
        return new Listed<>(meter.organizationId(), meter.item());
    }
}
