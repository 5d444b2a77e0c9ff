package io.meterhub.cabinet.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.mqtt.MosquittoPasswordHash;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The registry of the viewer's organization, for staff holding the REGISTRY module: controllers
 * (MQTT with broker passwords issued and rotated here, stored as hashes only; Modbus devices with
 * their address, profile and interval), meters, and meter replacements. A meter registered here is
 * accepted by the running pipeline at once: the write to {@code meter} notifies it (migration V13)
 * and its held readings are replayed. Every change is in the audit log.
 */
public final class RegistryService {
    public static final int PAGE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryRepository registry;
    private final OrganizationRepository organizations;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Clock clock;

    public RegistryService(RegistryRepository registry, OrganizationRepository organizations, StaffRights rights, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.organizations = organizations;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organization's time zone: a replacement's time is entered in it. */
    public ZoneId zone(Viewer viewer) {
        return zone(organization(viewer));
    }

    /** The Modbus device profiles a controller may be polled by. */
    public List<String> modbusProfiles() {
        return DeviceProfiles.BUILT_IN;
    }

    /** A page (from 0) of the organization's controllers whose id, description or host holds the text. */
    public Page<Controller> controllers(Viewer viewer, String text, int page) {
        String org = organization(viewer);
        int from = Math.max(page, 0) * PAGE;
        return new Page<>(registry.controllers(org, text, from, PAGE).stream().map(RegistryService::controller).toList(), Math.max(page, 0), PAGE,
                registry.countControllers(org, text));
    }

    /** A page (from 0) of the organization's meters whose id, number, serial, controller, account or object holds the text. */
    public Page<Meter> meters(Viewer viewer, String text, int page) {
        String org = organization(viewer);
        int from = Math.max(page, 0) * PAGE;
        return new Page<>(registry.meters(org, text, from, PAGE).stream().map(RegistryService::meter).toList(), Math.max(page, 0), PAGE,
                registry.countMeters(org, text));
    }

    public Controller controller(Viewer viewer, String controllerId) {
        return controller(ownController(organization(viewer), controllerId));
    }

    public Meter meter(Viewer viewer, String meterId) {
        return meter(ownMeter(organization(viewer), meterId));
    }

    /** Registers a controller; an MQTT one then needs {@link #issueCredentials} before it can log in to the broker. */
    public Controller registerController(Viewer viewer, NewController form) {
        return audit.atomically(() -> {
            String org = organization(viewer);
            ControllerRow row = checkedController(org, form);
            if (!registry.createController(row)) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("id", "registry.controller_id_taken", row.id())));
            }
            Controller created = controller(row);
            audit.record(viewer, org, "registry.controller.create", "controller", created.id(), null, created, null);
            return created;
        });
    }

    /**
     * The first broker password of a controller, shown once; refused when it already has one (rotate it
     * instead). An MQTT controller logs in with it itself; a Modbus one through the gateway that polls it
     * and publishes as its id ({@link #gatewaySettings}).
     */
    public BrokerCredentials issueCredentials(Viewer viewer, String controllerId) {
        return audit.atomically(() -> newPassword(viewer, controllerId, false, null));
    }

    /** A new broker password in place of the old one, which stops logging in at the next connection. */
    public BrokerCredentials rotateCredentials(Viewer viewer, String controllerId, String reason) {
        return audit.atomically(() -> newPassword(viewer, controllerId, true, reason));
    }

    /**
     * What {@code ./meterhub ingest modbus} needs to poll a Modbus controller and publish as it: the
     * controller id, its meters in service at its address by its profile and interval, and the broker
     * user ({@code MH_MQTT_PASSWORD} is the password issued here, never kept in clear).
     */
    public List<String> gatewaySettings(Viewer viewer, String controllerId) {
        String org = organization(viewer);
        ControllerRow c = ownController(org, controllerId);
        if (!ControllerProtocol.MODBUS.name().equals(c.protocol())) {
            throw new ValidationException("registry.gateway_modbus_only", c.id());
        }
        String devices = registry.meterIdsOf(c.id()).stream()
                .map(meter -> meter + "@" + c.modbusHost() + ":" + c.modbusPort() + "/" + c.modbusUnitId() + "/" + c.modbusProfile() + "/"
                        + c.pollIntervalSeconds() * 1000L)
                .collect(java.util.stream.Collectors.joining(","));
        return List.of("MH_MODBUS_CONTROLLER=" + c.id(), "MH_MODBUS_DEVICES=" + devices, "MH_MQTT_USER=" + c.id());
    }

    /** {@code user:hash} lines of the organization's controllers that hold a broker password, the form of Mosquitto's password file. */
    public String mosquittoPasswordFile(Viewer viewer) {
        String org = organization(viewer);
        StringBuilder file = new StringBuilder();
        registry.passwordFileLines(org).forEach(line -> file.append(line).append('\n'));
        return file.toString();
    }

    /** Registers a meter; the running pipeline accepts its readings (held ones included) at once. */
    public Meter registerMeter(Viewer viewer, MeterForm form) {
        return audit.atomically(() -> {
            String org = organization(viewer);
            MeterForm m = normalized(form);
            MeterRow row = checkedMeter(org, m, null);
            if (!registry.createMeter(row)) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("id", "registry.meter_id_taken", m.id())));
            }
            Meter created = meter(registry.meter(row.id()).orElseThrow());
            audit.record(viewer, org, "registry.meter.create", "meter", created.id(), null, created, null);
            return created;
        });
    }

    /** Changes every field of a meter but its id. */
    public Meter updateMeter(Viewer viewer, MeterForm form, String reason) {
        return audit.atomically(() -> {
            String org = organization(viewer);
            MeterForm m = normalized(form);
            Meter before = meter(ownMeter(org, m.id()));
            MeterRow row = checkedMeter(org, m, m.id());
            Meter after = meter(row);
            if (!Objects.equals(before.form(), after.form())) {
                registry.updateMeter(row);
                after = meter(registry.meter(row.id()).orElseThrow());
                audit.record(viewer, org, "registry.meter.update", "meter", after.id(), before, after, blank(reason));
            }
            return after;
        });
    }

    /**
     * Takes a meter out of service and puts a new one in its place, recording the old one's final
     * register values and the new one's initial ones; the new meter is accepted by the pipeline at once.
     */
    public MeterReplacement replaceMeter(Viewer viewer, Replacement replacement) {
        return audit.atomically(() -> {
            String org = organization(viewer);
            Meter before = meter(ownMeter(org, replacement.oldMeterId()));
            MeterReplacement recorded = recordReplacement(org, viewer.userId(), replacement);
            audit.record(viewer, org, "registry.meter.replace", "meter", before.id(), before, recorded, recorded.reason());
            return recorded;
        });
    }

    /**
     * A replacement checked and written, without its audit entry (the page's and the integration's callers
     * write their own): the old meter of the organization and in service, the new one by the meter rules,
     * the time not in the future, the values within each meter's registers.
     *
     * @param replacedBy the staff user who entered it; null for an integration
     */
    MeterReplacement recordReplacement(String org, Long replacedBy, Replacement replacement) {
        MeterRow old = ownMeter(org, replacement.oldMeterId());
        if (old.removedOn() != null) {
            throw new ValidationException("registry.meter_already_replaced", old.id(), old.removedOn());
        }
        MeterForm m = normalized(replacement.newMeter());
        List<FieldProblem> problems = new ArrayList<>();
        MeterRow newRow = null;
        try {
            newRow = checkedMeter(org, m, null);
        } catch (InvalidFieldsException e) {
            problems.addAll(e.problems());
        }
        if (old.id().equals(m.id())) {
            problems.add(FieldProblem.of("id", "registry.replacement_same_meter"));
        }
        Instant at = replacement.replacedAt() == null ? null : replacement.replacedAt().truncatedTo(ChronoUnit.SECONDS);
        if (at == null) {
            problems.add(FieldProblem.of("replacedAt", "registry.replaced_at_required"));
        } else if (at.isAfter(clock.instant().plusSeconds(60))) {
            problems.add(FieldProblem.of("replacedAt", "registry.replaced_at_future"));
        }
        RegistryRules.values(problems, "finalValues", replacement.finalValues(), old.registerDigits(), old.tariffRegisters());
        if (m.registerDigits() != null && m.tariffRegisters() != null) {
            RegistryRules.values(problems, "initialValues", replacement.initialValues(), m.registerDigits(), m.tariffRegisters());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        ZoneId zone = zone(org);
        LocalDate on = at.atZone(zone).toLocalDate();
        MeterRow installed = new MeterRow(newRow.id(), org, newRow.controllerId(), newRow.number(), newRow.model(), newRow.serial(),
                newRow.registerDigits(), newRow.tariffRegisters(), newRow.intervalSeconds(), newRow.accountId(), null, newRow.objectName(),
                newRow.installedOn() == null ? on : newRow.installedOn(), newRow.nextVerificationOn(), null);
        ReplacementRow row = new ReplacementRow(0, org, old.id(), installed.id(), at, json(replacement.finalValues()),
                json(replacement.initialValues()), replacedBy, blank(replacement.reason()));
        if (!registry.replace(row, installed, on)) {
            throw new InvalidFieldsException(List.of(FieldProblem.of("id", "registry.meter_id_taken", installed.id())));
        }
        return registry.replacements(old.id()).stream().filter(r -> r.oldMeterId().equals(old.id())).findFirst()
                .map(RegistryService::replacement).orElseThrow();
    }

    /** The replacements a meter of the organization took part in, newest first. */
    public List<MeterReplacement> replacements(Viewer viewer, String meterId) {
        ownMeter(organization(viewer), meterId);
        return registry.replacements(meterId).stream().map(RegistryService::replacement).toList();
    }

    private BrokerCredentials newPassword(Viewer viewer, String controllerId, boolean rotation, String reason) {
        String org = organization(viewer);
        ControllerRow row = ownController(org, controllerId);
        if (!rotation && row.credentialsIssuedAt() != null) {
            throw new ValidationException("registry.credentials_already_issued", row.id());
        }
        if (rotation && row.credentialsIssuedAt() == null) {
            throw new ValidationException("registry.credentials_none_to_rotate", row.id());
        }
        Controller before = controller(row);
        BrokerCredentials credentials = password(row.id(), rotation);
        Controller after = controller(registry.controller(row.id()).orElseThrow());
        audit.record(viewer, org, rotation ? "registry.credentials.rotate" : "registry.credentials.issue", "controller", row.id(), before, after,
                blank(reason));
        return credentials;
    }

    /** A new broker password of the controller, of which only the hash is kept; the caller writes the audit entry. */
    BrokerCredentials password(String controllerId, boolean rotation) {
        String password = MosquittoPasswordHash.newPassword();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        registry.setPasswordHash(controllerId, MosquittoPasswordHash.hash(password), now, rotation);
        return new BrokerCredentials(controllerId, password, "meterhub/v1/" + controllerId + "/up", now);
    }

    /** A controller's form checked by the registry's rules, as the row it writes (the Modbus fields only for a Modbus one). */
    static ControllerRow checkedController(String org, NewController form) {
        NewController c = normalized(form);
        List<FieldProblem> problems = RegistryRules.controller(c);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        boolean modbus = c.protocol() == ControllerProtocol.MODBUS;
        return new ControllerRow(c.id(), org, c.protocol().name(), c.description(), modbus ? c.modbusHost() : null,
                modbus ? c.modbusPort() : null, modbus ? c.modbusUnitId() : null, modbus ? c.modbusProfile() : null,
                modbus ? c.pollIntervalSeconds() : null, null, null, 0);
    }

    /** The form checked whole: its own rules, then its controller and account in the viewer's organization. */
    MeterRow checkedMeter(String org, MeterForm m, String existingId) {
        List<FieldProblem> problems = new ArrayList<>(RegistryRules.meter(m, LocalDate.now(clock.withZone(zone(org)))));
        if (m.controllerId() != null) {
            Optional<ControllerRow> controller = registry.controller(m.controllerId()).filter(c -> c.organizationId().equals(org));
            if (controller.isEmpty()) {
                problems.add(FieldProblem.of("controllerId", "registry.controller_not_yours", m.controllerId()));
            }
        }
        Long accountId = null;
        if (m.accountNumber() != null) {
            Optional<Long> account = registry.accountId(org, m.accountNumber());
            if (account.isEmpty()) {
                problems.add(FieldProblem.of("accountNumber", "registry.account_unknown", m.accountNumber()));
            } else {
                accountId = account.get();
            }
        }
        if (m.number() != null && registry.numberTaken(org, m.number(), existingId)) {
            problems.add(FieldProblem.of("number", "registry.number_taken", m.number()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new MeterRow(m.id(), org, m.controllerId(), m.number(), m.model(), m.serial(), m.registerDigits(), m.tariffRegisters(),
                m.intervalSeconds(), accountId, m.accountNumber(), m.objectName(), m.installedOn(), m.nextVerificationOn(), null);
    }

    /** The viewer's organization, once the REGISTRY module is checked. */
    private String organization(Viewer viewer) {
        rights.require(viewer, StaffModule.REGISTRY);
        return viewer.organizationId();
    }

    private ControllerRow ownController(String org, String controllerId) {
        return registry.controller(controllerId == null ? "" : controllerId).filter(c -> c.organizationId().equals(org))
                .orElseThrow(() -> new ValidationException("registry.controller_unknown", String.valueOf(controllerId)));
    }

    MeterRow ownMeter(String org, String meterId) {
        return registry.meter(meterId == null ? "" : meterId).filter(m -> m.organizationId().equals(org))
                .orElseThrow(() -> new ValidationException("registry.meter_unknown", String.valueOf(meterId)));
    }

    private ZoneId zone(String org) {
        return organizations.profile(org).map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Europe/Moscow"));
    }

    private static NewController normalized(NewController c) {
        return new NewController(blank(c.id()), c.protocol(), blank(c.description()), blank(c.modbusHost()),
                c.modbusPort() == null && c.protocol() == ControllerProtocol.MODBUS ? Integer.valueOf(502) : c.modbusPort(), c.modbusUnitId(),
                blank(c.modbusProfile()), c.pollIntervalSeconds());
    }

    static MeterForm normalized(MeterForm m) {
        return new MeterForm(blank(m.id()), blank(m.controllerId()), blank(m.number()), blank(m.model()), blank(m.serial()), m.registerDigits(),
                m.tariffRegisters(), m.intervalSeconds(), blank(m.accountNumber()), blank(m.objectName()), m.installedOn(), m.nextVerificationOn());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Controller controller(ControllerRow r) {
        return new Controller(r.id(), ControllerProtocol.valueOf(r.protocol()), r.description(), r.modbusHost(), r.modbusPort(), r.modbusUnitId(),
                r.modbusProfile(), r.pollIntervalSeconds(), r.credentialsIssuedAt(), r.credentialsRotatedAt(), r.meters());
    }

    static Meter meter(MeterRow r) {
        return new Meter(r.id(), r.controllerId(), r.number(), r.model(), r.serial(), r.registerDigits(), r.tariffRegisters(), r.intervalSeconds(),
                r.accountNumber(), r.objectName(), r.installedOn(), r.nextVerificationOn(), r.removedOn());
    }

    private static MeterReplacement replacement(ReplacementRow r) {
        return new MeterReplacement(r.id(), r.oldMeterId(), r.newMeterId(), r.replacedAt(), values(r.finalValues()), values(r.initialValues()),
                r.reason());
    }

    private static String json(Map<String, BigDecimal> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, BigDecimal> values(String json) {
        try {
            return new TreeMap<>(JSON.readerFor(new TypeReference<Map<String, BigDecimal>>() { }).with(
                    com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).<Map<String, BigDecimal>>readValue(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("meter_replacement holds JSON it did not write: " + json, e);
        }
    }
}
