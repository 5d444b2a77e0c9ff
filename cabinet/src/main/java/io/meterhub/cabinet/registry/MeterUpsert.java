package io.meterhub.cabinet.registry;

import io.meterhub.cabinet.common.FieldProblem;

import java.util.List;

/**
 * What became of one item of a bulk upsert: written ({@code problems} empty) or refused with every
 * broken rule named by its field.
 *
 * @param index the item's place in the request, from 0
 */
public record MeterUpsert(int index, String meterId, Result result, List<FieldProblem> problems) {
    public enum Result { CREATED, UPDATED, UNCHANGED, REFUSED }

    public MeterUpsert {
        problems = List.copyOf(problems);
    }

    static MeterUpsert written(int index, String meterId, Result result) {
        return new MeterUpsert(index, meterId, result, List.of());
    }

    static MeterUpsert refused(int index, String meterId, List<FieldProblem> problems) {
        return new MeterUpsert(index, meterId, Result.REFUSED, problems);
    }

    public boolean accepted() {
        return result != Result.REFUSED;
    }
}
