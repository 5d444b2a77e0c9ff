package io.meterhub.api.registry;

import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;

import java.util.List;
import java.util.function.Function;

/** A page of a registry list; {@code nextCursor} is null on the last one. */
public record Page<T>(List<T> items, String nextCursor) {

    /** The page's size the request asks for (the contract bounds it and gives its default). */
    static int limit(ApiRequest request) {
        return request.query("limit").map(Integer::parseInt).orElse(100);
    }

    /**
     * A page of {@code limit} items out of {@code limit + 1} fetched: one more than shown says whether a next page exists,
     * and the last shown item's key is its cursor.
     */
    static <F, T> Page<T> of(List<F> fetched, int limit, Function<F, T> shown, Function<F, String> key, String cursorPrefix) {
        boolean more = fetched.size() > limit;
        List<F> page = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(page.stream().map(shown).toList(), more ? Cursor.after(cursorPrefix, key.apply(page.get(page.size() - 1))) : null);
    }
}
