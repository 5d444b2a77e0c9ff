package io.meterhub.dashboard.registry;

import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.registry.RegistryService;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** A lazy grid's window (offset, limit) read from the service's fixed pages, so a big registry is never loaded whole. */
final class Paging {
    private Paging() {
    }

    static <T> Stream<T> window(IntFunction<Page<T>> page, int offset, int limit) {
        List<T> items = new ArrayList<>();
        int number = offset / RegistryService.PAGE;
        int skip = offset % RegistryService.PAGE;
        while (items.size() < limit) {
            List<T> got = page.apply(number++).items();
            for (int i = skip; i < got.size() && items.size() < limit; i++) {
                items.add(got.get(i));
            }
            skip = 0;
            if (got.size() < RegistryService.PAGE) {
                break;
            }
        }
        return items.stream();
    }
}
