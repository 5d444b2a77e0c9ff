package io.meterhub.api.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.registry.Meter;
import io.meterhub.cabinet.registry.MeterForm;
import io.meterhub.cabinet.registry.MeterUpsert;
import io.meterhub.cabinet.registry.Owned;
import io.meterhub.cabinet.registry.RegistryIntegration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/meters}, {@code GET /api/v1/meters/{id}} and {@code PUT /api/v1/meters} over the registry's rules,
 * for the organizations the caller acts for only.
 */
public final class MeterOperations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURSOR_PREFIX = "m1:";
    private final RegistryIntegration registry;

    public MeterOperations(RegistryIntegration registry) {
        this.registry = registry;
    }

    public Answer list(ApiRequest request) {
        int limit = Page.limit(request);
        String after = request.query("cursor").map(c -> Cursors.after(CURSOR_PREFIX, c)).orElse(null);
        String controller = request.query("controller").orElse(null);
        List<Owned<Meter>> meters = registry.meters(ActingFor.listed(request), controller, after, limit + 1);
        return Answer.json(200, Page.of(meters, limit, MeterOperations::listed, m -> m.item().id(), CURSOR_PREFIX));
    }

    public Answer get(ApiRequest request) {
        String id = request.path("id");
        return registry.meter(request.caller().organizations(), id).map(m -> Answer.json(200, listed(m)))
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/meters/" + id)));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        JsonNode items = JSON.readTree(request.body()).get("items");
        ItemsByOrganization<MeterForm> valid = new ItemsByOrganization<>();
        List<BulkAnswer.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "#/items/" + i;
            List<FieldError> errors = new ArrayList<>();
            var organization = ActingFor.ofItem(request.caller(), item, at, errors);
            MeterForm form = form(item, at, errors);
            if (errors.isEmpty()) {
                valid.add(organization.orElseThrow(), i, form);
            } else {
                refused.add(new BulkAnswer.Refused(i, form.id(), errors));
            }
        }
        List<BulkAnswer.Accepted> accepted = new ArrayList<>();
        valid.forEach((organization, forms, indexes) -> {
            for (MeterUpsert outcome : registry.upsertMeters(organization, request.caller().key().actor(), forms)) {
                int index = indexes.get(outcome.index());
                if (outcome.accepted()) {
                    accepted.add(new BulkAnswer.Accepted(index, outcome.meterId(), outcome.result().name().toLowerCase(Locale.ROOT)));
                } else {
                    refused.add(new BulkAnswer.Refused(index, outcome.meterId(), errors("#/items/" + index, outcome.problems())));
                }
            }
        });
        accepted.sort(Comparator.comparingInt(BulkAnswer.Accepted::index));
        refused.sort(Comparator.comparingInt(BulkAnswer.Refused::index));
        return Answer.json(200, new BulkAnswer(accepted, refused));
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
