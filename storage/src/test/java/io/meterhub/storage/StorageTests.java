package io.meterhub.storage;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.testkit.TestServices;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/** What the storage tests stand on: a fresh migrated database with one organization and its meters. */
public final class StorageTests {
    public static final String CONTROLLER = "CTL-1";

    private StorageTests() {
    }

    /** A fresh database holding the organization (three tariff zones), one MQTT controller and the meters on it (model, serial). */
    public static Database withMeters(String purpose, String organization, ZoneId zone, List<MeterRegistration> meters) throws SQLException {
        Database database = Database.open(StorageConfig.of(TestServices.freshDatabase(purpose)));
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        registry.saveOrganization(new Organization(organization, "Grid " + organization, "GRID_COMPANY", zone, TariffZoneSchedule.THREE_ZONES));
        registry.saveController(CONTROLLER, organization, "MQTT", "test controller");
        registry.saveMeters(meters);
        return database;
    }

    /** A meter of the organization on {@link #CONTROLLER}, its 1.8.0 hours zoned by the three-zone schedule unless it has tariff registers. */
    public static MeterRegistration meter(String meterId, String organization, ZoneId zone, int tariffRegisters, String model, String serial) {
        return new MeterRegistration(new MeterInfo(meterId, organization, zone, TariffZoneSchedule.threeZoneDefault(), 6, tariffRegisters, 900),
                CONTROLLER, model, serial);
    }
}
