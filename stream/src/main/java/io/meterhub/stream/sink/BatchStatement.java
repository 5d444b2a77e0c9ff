package io.meterhub.stream.sink;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One idempotent statement that writes a whole batch (see TelemetryWriter). */
@FunctionalInterface
public interface BatchStatement<T> extends Serializable {
    int write(Connection connection, List<T> batch) throws SQLException;
}
