package io.meterhub.storage.anomaly;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each organization's anomaly thresholds ({@code anomaly_thresholds}, V8) and the meters with
 * generation ({@code meter.has_generation}): what the pipeline's detectors read and an
 * administrator sets.
 */
public final class AnomalyThresholdRepository {
    private static final String COLUMNS = Arrays.stream(ThresholdField.values()).map(ThresholdField::column).collect(Collectors.joining(", "));

    private final DataSource dataSource;

    public AnomalyThresholdRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every organization that set anything, by id. */
    public Map<String, OrganizationThresholds> loadAll() throws SQLException {
        Map<String, OrganizationThresholds> all = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT organization_id, " + COLUMNS
                     + ", updated_by, updated_at FROM anomaly_thresholds ORDER BY organization_id");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                OrganizationThresholds row = read(rows);
                all.put(row.organizationId(), row);
            }
        }
        return all;
    }

    public Optional<OrganizationThresholds> find(String organizationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT organization_id, " + COLUMNS
                     + ", updated_by, updated_at FROM anomaly_thresholds WHERE organization_id = ?")) {
            sql.setString(1, organizationId);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Replaces the organization's choices with {@code values} (a field left out goes back to the
     * default), recording who did it. The caller validates first.
     *
     * @throws IllegalArgumentException when there is no such organization
     */
    public void save(String organizationId, Map<ThresholdField, Double> values, String updatedBy) throws SQLException {
        if (!organizationExists(organizationId)) {
            throw new IllegalArgumentException("there is no organization \"" + organizationId + "\"");
        }
        String placeholders = Arrays.stream(ThresholdField.values()).map(field -> "?").collect(Collectors.joining(", "));
        String updates = Arrays.stream(ThresholdField.values()).map(field -> field.column() + " = EXCLUDED." + field.column())
                .collect(Collectors.joining(", "));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("INSERT INTO anomaly_thresholds (organization_id, " + COLUMNS
                     + ", updated_by, updated_at) VALUES (?, " + placeholders + ", ?, now()) ON CONFLICT (organization_id) DO UPDATE SET "
                     + updates + ", updated_by = EXCLUDED.updated_by, updated_at = now()")) {
            int i = 1;
            sql.setString(i++, organizationId);
            for (ThresholdField field : ThresholdField.values()) {
                Double value = values.get(field);
                if (value == null) {
                    sql.setNull(i++, field.whole() ? Types.INTEGER : Types.DOUBLE);
                } else if (field.whole()) {
                    sql.setInt(i++, (int) Math.round(value));
                } else {
                    sql.setDouble(i++, value);
                }
            }
            sql.setString(i, updatedBy);
            sql.executeUpdate();
        }
    }

    public boolean organizationExists(String organizationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT 1 FROM organization WHERE id = ?")) {
            sql.setString(1, organizationId);
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Meters registered as having generation of their own. */
    public Set<String> generationMeters() throws SQLException {
        Set<String> meters = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT id FROM meter WHERE has_generation");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                meters.add(rows.getString(1));
            }
        }
        return meters;
    }

    /** Marks meters as having generation (or not). Returns how many of them exist. */
    public int setGeneration(List<String> meterIds, boolean hasGeneration) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement("UPDATE meter SET has_generation = ? WHERE id = ANY (?)")) {
            sql.setBoolean(1, hasGeneration);
            sql.setArray(2, connection.createArrayOf("text", meterIds.toArray()));
            return sql.executeUpdate();
        }
    }

    private static OrganizationThresholds read(ResultSet rows) throws SQLException {
        Map<ThresholdField, Double> values = new EnumMap<>(ThresholdField.class);
        int column = 2;
        for (ThresholdField field : ThresholdField.values()) {
            double value = rows.getDouble(column++);
            if (!rows.wasNull()) {
                values.put(field, value);
            }
        }
        return new OrganizationThresholds(rows.getString(1), values, rows.getString(column++), rows.getTimestamp(column).toInstant());
    }
}
