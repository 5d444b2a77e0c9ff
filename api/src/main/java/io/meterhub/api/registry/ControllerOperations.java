package io.meterhub.api.registry;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.registry.BrokerCredentials;
import io.meterhub.cabinet.registry.Controller;
import io.meterhub.cabinet.registry.ControllerProtocol;
import io.meterhub.cabinet.registry.NewController;
import io.meterhub.cabinet.registry.Owned;
import io.meterhub.cabinet.registry.RegistryIntegration;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/controllers}, {@code GET /api/v1/controllers/{id}} and {@code PUT /api/v1/controllers} over the
 * registry's rules. A new MQTT controller's broker password is in the answer that registered it, and nowhere else.
 */
public final class ControllerOperations {
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
        String after = request.query("cursor").map(c -> Cursor.lastKey(CURSOR_PREFIX, c)).orElse(null);
        List<Owned<Controller>> controllers = registry.controllers(ActingFor.listed(request), after, limit + 1);
        return Answer.json(200, Page.of(controllers, limit, ControllerOperations::listed, c -> c.item().id(), CURSOR_PREFIX));
    }

    public Answer get(ApiRequest request) {
        String id = request.query("id").orElseThrow();
        return registry.controller(request.caller().organizations(), id).map(c -> Answer.json(200, listed(c)))
                .orElseThrow(() -> new ProblemException(Problems.notFound("/api/v1/controllers/" + id)));
    }

    public Answer upsert(ApiRequest request) throws IOException {
        var result = BulkUpsert.run(request, "id", ControllerOperations::form, (organization, actor, forms, indexes) ->
                registry.upsertControllers(organization, actor, forms).stream().map(outcome -> {
                    int index = indexes.get(outcome.index());
                    return outcome.accepted()
                            ? BulkUpsert.Fate.accepted(new ControllerBulkAnswer.Accepted(index, outcome.controllerId(),
                                    outcome.result().name().toLowerCase(Locale.ROOT), outcome.credentials()))
                            : BulkUpsert.Fate.<ControllerBulkAnswer.Accepted>refused(index, outcome.controllerId(),
                                    MeterOperations.errors("#/items/" + index, outcome.problems()));
                }).toList(), ControllerBulkAnswer.Accepted::index);
        return Answer.json(200, new ControllerBulkAnswer(result.accepted(), result.refused()));
    }

    private static NewController form(JsonNode item, String at, List<FieldError> errors) {
        String protocol = ItemFields.text(item, "protocol");
        return new NewController(ItemFields.text(item, "id"), protocol == null ? null : ControllerProtocol.valueOf(protocol.toUpperCase(Locale.ROOT)),
                ItemFields.text(item, "description"), ItemFields.text(item, "modbusHost"), ItemFields.number(item, "modbusPort"),
                ItemFields.number(item, "modbusUnitId"), ItemFields.text(item, "modbusProfile"), ItemFields.number(item, "pollIntervalSeconds"));
    }

    private static Listed<Controller> listed(Owned<Controller> controller) {
        return new Listed<>(controller.organizationId(), controller.item());
    }
}
