package io.meterhub.app;

import io.meterhub.devices.simulator.Fleet;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.SimulatedMeter;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Registers a simulated fleet the way a utility would register real meters: organization, controllers, meters. */
public final class FleetRegistrar {
    private FleetRegistrar() {
    }

    public static void register(MeterRegistry registry, FleetSimulator simulator, String organizationName) throws SQLException {
        FleetSpec spec = simulator.spec();
        String schedule = spec.schedule().equals(TariffZoneSchedule.threeZoneDefault()) ? TariffZoneSchedule.THREE_ZONES
                : spec.schedule().equals(TariffZoneSchedule.singleZone()) ? TariffZoneSchedule.SINGLE_ZONE : TariffZoneSchedule.TWO_ZONES;
        registry.saveOrganization(new Organization(spec.organizationId(), organizationName, "GRID_COMPANY", spec.zone(), schedule));
        Map<String, MeterInfo> infos = simulator.meters().stream().collect(Collectors.toMap(MeterInfo::meterId, info -> info));
        List<MeterRegistration> meters = new ArrayList<>();
        for (Fleet.Controller controller : simulator.fleet().controllers()) {
            // the description is the utility's text on its registry card, in its language
            registry.saveController(controller.controllerId(), spec.organizationId(), "MQTT", "контроллер-симулятор демо");
            for (SimulatedMeter meter : controller.meters()) {
                meters.add(new MeterRegistration(infos.get(meter.meterId()), controller.controllerId(),
                        meter.profile().name().toLowerCase(Locale.ROOT) + " load", meter.meterId()));
            }
        }
        registry.saveMeters(meters);
    }
}
