package io.meterhub.api.registry;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.problem.FieldError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The course of every registry bulk upsert: each item read into its form (a bad field is that item's refusal), split
 * by the organization it is written into (a key granted its sub-organizations may write into several), written an
 * organization at a time by the cabinet's rules, and every item answered by its place in the request.
 */
final class BulkUpsert {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BulkUpsert() {
    }

    /** Reads an item's form; a field that cannot be read adds an error at its pointer ({@code at} is the item's). */
    interface FormReader<F> {
        F read(JsonNode item, String at, List<FieldError> errors);
    }

    /** Writes one organization's forms; answers each form's fate with its place in the request ({@code indexes}, in the forms' order). */
    interface Writer<F, A> {
        List<Fate<A>> write(String organization, String actor, List<F> forms, List<Integer> indexes);
    }

    /** An item accepted ({@code accepted} not null) or refused. */
    record Fate<A>(A accepted, BulkAnswer.Refused refused) {
        static <A> Fate<A> accepted(A accepted) {
            return new Fate<>(accepted, null);
        }

        static <A> Fate<A> refused(int index, String id, List<FieldError> errors) {
            return new Fate<>(null, new BulkAnswer.Refused(index, id, errors));
        }
    }

    record Result<A>(List<A> accepted, List<BulkAnswer.Refused> refused) {
    }

    static <F, A> Result<A> run(ApiRequest request, String keyField, FormReader<F> reader, Writer<F, A> writer, ToIntFunction<A> indexOf)
            throws IOException {
        JsonNode items = JSON.readTree(request.body()).get("items");
        Map<String, List<F>> forms = new LinkedHashMap<>();
        Map<String, List<Integer>> indexes = new LinkedHashMap<>();
        List<BulkAnswer.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "#/items/" + i;
            List<FieldError> errors = new ArrayList<>();
            var organization = ActingFor.ofItem(request.caller(), item, at, errors);
            F form = reader.read(item, at, errors);
            if (errors.isEmpty()) {
                forms.computeIfAbsent(organization.orElseThrow(), o -> new ArrayList<>()).add(form);
                indexes.computeIfAbsent(organization.orElseThrow(), o -> new ArrayList<>()).add(i);
            } else {
                refused.add(new BulkAnswer.Refused(i, ItemFields.text(item, keyField), errors));
            }
        }
        List<A> accepted = new ArrayList<>();
        String actor = request.caller().key().actor();
        forms.forEach((organization, list) -> writer.write(organization, actor, list, indexes.get(organization)).forEach(fate -> {
            if (fate.accepted() != null) {
                accepted.add(fate.accepted());
            } else {
                refused.add(fate.refused());
            }
        }));
        accepted.sort(Comparator.comparingInt(indexOf));
        refused.sort(Comparator.comparingInt(BulkAnswer.Refused::index));
        return new Result<>(accepted, refused);
    }
}
