package io.meterhub.api.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bulk request's valid items split by the organization each is written into (a key granted its
 * sub-organizations may write into several), each remembering its place in the request.
 */
final class ItemsByOrganization<F> {
    private final Map<String, List<F>> forms = new LinkedHashMap<>();
    private final Map<String, List<Integer>> indexes = new LinkedHashMap<>();

    void add(String organization, int index, F form) {
        forms.computeIfAbsent(organization, o -> new ArrayList<>()).add(form);
        indexes.computeIfAbsent(organization, o -> new ArrayList<>()).add(index);
    }

    /** Writes one organization's items; answers each outcome with the item's place in its own list. */
    interface Writer<F> {
        void write(String organization, List<F> forms, List<Integer> indexInRequest);
    }

    void forEach(Writer<F> writer) {
        forms.forEach((organization, list) -> writer.write(organization, list, indexes.get(organization)));
    }
}
