package io.meterhub.cabinet.registry;

import io.meterhub.cabinet.common.FieldProblem;

import java.util.List;

/**
 * What became of one controller of a bulk upsert: written, or refused with every broken rule named by its field.
 *
 * @param index       the item's place in the request, from 0
 * @param credentials the broker login of an MQTT controller registered by this item, shown this once; null otherwise
 */
public record ControllerUpsert(int index, String controllerId, MeterUpsert.Result result, BrokerCredentials credentials,
                               List<FieldProblem> problems) {
    public ControllerUpsert {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return result != MeterUpsert.Result.REFUSED;
    }
}
