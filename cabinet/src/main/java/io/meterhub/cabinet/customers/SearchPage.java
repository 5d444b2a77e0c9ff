package io.meterhub.cabinet.customers;

import java.util.List;

/** One page of matches; {@code more} when another page follows (the total is never counted: a broad search would count a whole organization). */
public record SearchPage(List<CustomerMatch> items, int offset, int limit, boolean more) {
    public static SearchPage empty(int limit) {
        return new SearchPage(List.of(), 0, limit, false);
    }
}
