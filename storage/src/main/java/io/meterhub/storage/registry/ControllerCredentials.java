package io.meterhub.storage.registry;

import io.meterhub.protocols.mqtt.MosquittoPasswordHash;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The broker passwords of controllers registered in the control panel (an MQTT controller logs in
 * itself, a Modbus one through the gateway that publishes as it), checked against the hash the
 * registry keeps: read at every login, so a new controller logs in at once and a rotated password
 * stops working at the next connection.
 */
public final class ControllerCredentials {
    private final DataSource dataSource;

    public ControllerCredentials(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this controller exists and the password is its current one. */
    public boolean matches(String controllerId, byte[] password) throws SQLException {
        if (controllerId == null || password == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(
                     "SELECT mqtt_password_hash FROM controller WHERE id = ? AND mqtt_password_hash IS NOT NULL")) {
            sql.setString(1, controllerId);
            try (ResultSet row = sql.executeQuery()) {
                return row.next() && MosquittoPasswordHash.matches(password, row.getString(1));
            }
        }
    }
}
