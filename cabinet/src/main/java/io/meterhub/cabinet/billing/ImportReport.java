package io.meterhub.cabinet.billing;

import java.util.List;

/** @param imported rows written; 0 whenever there is an error, since a file is loaded whole or not at all */
public record ImportReport(int rows, int imported, int alreadyLoaded, List<ImportError> errors) {
    public boolean ok() {
        return errors.isEmpty();
    }
}
