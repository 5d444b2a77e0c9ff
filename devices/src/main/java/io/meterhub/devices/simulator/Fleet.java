package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.Obis;

import java.util.ArrayList;
import java.util.List;

/** The controllers and meters a {@link FleetSpec} describes, with each meter's traits drawn from the seed. */
public final class Fleet {
    /** A controller and the meters it reads, in the order they appear in its documents. */
    public record Controller(String controllerId, List<SimulatedMeter> meters) {
    }

    private final FleetSpec spec;
    private final List<Controller> controllers;
    private final List<SimulatedMeter> meters;

    public Fleet(FleetSpec spec, Faults faults) {
        this.spec = spec;
        List<Controller> controllerList = new ArrayList<>();
        List<SimulatedMeter> meterList = new ArrayList<>();
        int total = spec.controllers() * spec.metersPerController();
        // Rollover meters are spread over the fleet (every k-th meter) rather than drawn, so a test
        // that asks for one always gets exactly one.
        int rolloverStride = faults.rolloverMeters() == 0 ? 0 : Math.max(1, total / faults.rolloverMeters());
        for (int c = 0; c < spec.controllers(); c++) {
            List<SimulatedMeter> ofController = new ArrayList<>();
            for (int m = 0; m < spec.metersPerController(); m++) {
                int index = c * spec.metersPerController() + m;
                LoadProfile profile = Seeds.unit(spec.seed(), Purpose.PROFILE.ordinal(), index) < spec.commercialShare()
                        ? LoadProfile.COMMERCIAL : LoadProfile.HOUSEHOLD;
                boolean totalOnly = Seeds.unit(spec.seed(), Purpose.TOTAL_ONLY.ordinal(), index) < spec.totalOnlyShare();
                double scale = (profile == LoadProfile.COMMERCIAL ? 1.0 : 0.6)
                        + Seeds.unit(spec.seed(), Purpose.SCALE.ordinal(), index) * 0.8;
                List<String> registers = new ArrayList<>();
                registers.add(Obis.ENERGY_IMPORT_TOTAL);
                if (!totalOnly) {
                    for (int k = 1; k <= spec.tariffRegisterCount(); k++) {
                        registers.add("1.8." + k);
                    }
                }
                boolean rollover = rolloverStride > 0 && index % rolloverStride == rolloverStride - 1
                        && index / rolloverStride < faults.rolloverMeters();
                SimulatedMeter meter = new SimulatedMeter(index, spec.meterId(c, m), spec.controllerId(c), profile, scale,
                        List.copyOf(registers), rollover);
                ofController.add(meter);
                meterList.add(meter);
            }
            controllerList.add(new Controller(spec.controllerId(c), List.copyOf(ofController)));
        }
        this.controllers = List.copyOf(controllerList);
        this.meters = List.copyOf(meterList);
    }

    public List<Controller> controllers() {
        return controllers;
    }

    public List<SimulatedMeter> simulatedMeters() {
        return meters;
    }

    /** The registry view, to register the fleet in the database before sending anything. */
    public List<MeterInfo> meterInfos() {
        int intervalSeconds = (int) spec.interval().toSeconds();
        return meters.stream()
                .map(meter -> new MeterInfo(meter.meterId(), spec.organizationId(), spec.zone(), spec.schedule(),
                        spec.registerDigits(), meter.tariffRegisters(), intervalSeconds))
                .toList();
    }
}
