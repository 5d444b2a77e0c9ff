package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadedRecordsRepository.ServiceName;

import java.util.HashMap;
import java.util.Map;

/** A service as a file names it: by its code or its Russian name, whatever the case. */
final class ServiceNames {
    private final Map<String, ServiceName> byName = new HashMap<>();

    ServiceNames(Map<String, ServiceName> services) {
        services.values().forEach(s -> {
            byName.put(Column.normalized(s.code()), s);
            byName.put(Column.normalized(s.nameRu()), s);
        });
    }

    /** The code, or null when no service is named so. */
    String code(String name) {
        ServiceName service = byName.get(Column.normalized(name));
        return service == null ? null : service.code();
    }

    boolean metered(String code) {
        ServiceName service = byName.get(Column.normalized(code));
        return service != null && service.metered();
    }
}
