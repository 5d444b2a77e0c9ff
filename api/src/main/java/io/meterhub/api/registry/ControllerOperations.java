package io.meterhub.api.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.registry.BrokerCredentials;
import io.meterhub.cabinet.registry.Controller;
import io.meterhub.cabinet.registry.ControllerProtocol;
import io.meterhub.cabinet.registry.ControllerUpsert;
import io.meterhub.cabinet.registry.NewController;
import io.meterhub.cabinet.registry.Owned;
import io.meterhub.cabinet.registry.RegistryIntegration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/controllers}, {@code GET /api/v1/controllers/{id}} and {@code PUT /api/v1/controllers} over the
 * registry's rules. A new MQTT controller's broker password is in the answer that registered it, and nowhere else.
 */
public final class ControllerOperations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURSOR_PREFIX = "c1:";
    private final RegistryIntegration registry;

    public ControllerOperations(RegistryIntegration registry) {
        this.registry = registry;
    }

    /** The answer of a controllers' upsert: as {@link BulkAnswer}, with the broker login of each MQTT controller it registered. */
    public record ControllerBulkAnswer(List<Accepted> accepted, List<BulkAnswer.Refused> refused) {
        /** @param credentials null unless this item registered an MQTT controller */
        public record Accepted(int index, String id, String result, BrokerCredentials credentials) {
        }
    }

    public Answer list(ApiRequest request) {
        int limit = Page.limit(request);
        String after = request.query("cursor").map(c -> Cursors.after(CURSOR_PREFIX, c)).orElse(null);
        List<Owned<Controller>> controllers = registry.controllers(ActingFor.listed(request), after, limit + 1);
        return Answer.json(200, Page.of(controllers, limit, ControllerOperations::listed, c -> c.item().id(), CURSOR_PREFIX));
    }

    public Answer get(ApiRequest request) {
        String id = request.path("id");
        return registry.controller(request.caller().organizations(), id).map(c -> Answer.json(200, listed(c)))
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/controllers/" + id)));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        JsonNode items = JSON.readTree(request.body()).get("items");
        ItemsByOrganization<NewController> valid = new ItemsByOrganization<>();
        List<BulkAnswer.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            List<FieldError> errors = new ArrayList<>();
            var organization = ActingFor.ofItem(request.caller(), item, "#/items/" + i, errors);
            String protocol = ItemFields.text(item, "protocol");
            NewController form = new NewController(ItemFields.text(item, "id"),
                    protocol == null ? null : ControllerProtocol.valueOf(protocol.toUpperCase(Locale.ROOT)), ItemFields.text(item, "description"),
                    ItemFields.text(item, "modbusHost"), ItemFields.number(item, "modbusPort"), ItemFields.number(item, "modbusUnitId"),
                    ItemFields.text(item, "modbusProfile"), ItemFields.number(item, "pollIntervalSeconds"));
            if (errors.isEmpty()) {
                valid.add(organization.orElseThrow(), i, form);
            } else {
                refused.add(new BulkAnswer.Refused(i, form.id(), errors));
            }
        }
        List<ControllerBulkAnswer.Accepted> accepted = new ArrayList<>();
        valid.forEach((organization, forms, indexes) -> {
            for (ControllerUpsert outcome : registry.upsertControllers(organization, request.caller().key().actor(), forms)) {
                int index = indexes.get(outcome.index());
                if (outcome.accepted()) {
                    accepted.add(new ControllerBulkAnswer.Accepted(index, outcome.controllerId(), outcome.result().name().toLowerCase(Locale.ROOT),
                            outcome.credentials()));
                } else {
                    refused.add(new BulkAnswer.Refused(index, outcome.controllerId(), MeterOperations.errors("#/items/" + index,
                            outcome.problems())));
                }
            }
        });
        accepted.sort(Comparator.comparingInt(ControllerBulkAnswer.Accepted::index));
        refused.sort(Comparator.comparingInt(BulkAnswer.Refused::index));
        return Answer.json(200, new ControllerBulkAnswer(accepted, refused));
    }

    private static Listed<Controller> listed(Owned<Controller> controller) {
        return new Listed<>(controller.organizationId(), controller.item());
    }
}
