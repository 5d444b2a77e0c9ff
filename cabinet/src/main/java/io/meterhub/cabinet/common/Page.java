package io.meterhub.cabinet.common;

import java.util.List;

/** One page of a list kept without limit. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {
    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }
}
