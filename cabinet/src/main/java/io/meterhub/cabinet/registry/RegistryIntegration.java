package io.meterhub.cabinet.registry;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.StorageException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of one organization as an integration (the HTTP API) sees it: the caller has checked
 * its key's scopes, so there is no staff viewer; the rules are the registry page's
 * ({@link RegistryService#checkedMeter}), and every write is in the audit log under the key's name.
 * A meter written here reaches the running pipeline at once, as one written on the page does.
 */
public final class RegistryIntegration {
    public static final int MAX_BULK = 10_000;
    /** Meters written in one transaction by a bulk upsert. */
    private static final int COMMIT_EVERY = 500;
    private final RegistryService rules;
    private final RegistryRepository registry;
    private final AuditLog audit;

    public RegistryIntegration(RegistryService rules, RegistryRepository registry, AuditLog audit) {
        this.rules = rules;
        this.registry = registry;
        this.audit = audit;
    }

    /** Up to {@code limit} meters of the organizations after {@code afterId} (null: the first), by id; of one controller when given. */
    public List<Owned<Meter>> meters(List<String> organizationIds, String controllerId, String afterId, int limit) {
        return registry.metersAfter(organizationIds, controllerId, afterId, limit).stream()
                .map(r -> new Owned<>(r.organizationId(), RegistryService.meter(r))).toList();
    }

    /** The meter, if it is one of these organizations'. */
    public Optional<Owned<Meter>> meter(List<String> organizationIds, String meterId) {
        return registry.meter(meterId).filter(r -> organizationIds.contains(r.organizationId()))
                .map(r -> new Owned<>(r.organizationId(), RegistryService.meter(r)));
    }

    /** Up to {@code limit} controllers of the organizations after {@code afterId} (null: the first), by id. */
    public List<Owned<Controller>> controllers(List<String> organizationIds, String afterId, int limit) {
        return registry.controllersAfter(organizationIds, afterId, limit).stream()
                .map(r -> new Owned<>(r.organizationId(), RegistryService.controller(r))).toList();
    }

    /** The controller, if it is one of these organizations'. */
    public Optional<Owned<Controller>> controller(List<String> organizationIds, String controllerId) {
        return registry.controller(controllerId).filter(r -> organizationIds.contains(r.organizationId()))
                .map(r -> new Owned<>(r.organizationId(), RegistryService.controller(r)));
    }

    /**
     * Registers or updates each controller by id, each on its own, by the registry page's rules. A new MQTT
     * controller gets its broker password at once, as on the page, shown in the answer this once; an existing
     * one keeps its password (rotation stays the control panel's) and its protocol. A controller id of
     * another organization is refused as taken: it is a broker user name, unique across organizations.
     */
    public List<ControllerUpsert> upsertControllers(String organizationId, String actor, List<NewController> forms) {
        if (forms.size() > MAX_BULK) {
            throw new IllegalArgumentException("at most " + MAX_BULK + " controllers per call, got " + forms.size());
        }
        List<ControllerUpsert> outcomes = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            outcomes.add(upsert(organizationId, actor, i, forms.get(i)));
        }
        return outcomes;
    }

    private ControllerUpsert upsert(String org, String actor, int index, NewController form) {
        ControllerRow row;
        try {
            row = RegistryService.checkedController(org, form);
        } catch (InvalidFieldsException e) {
            return refusedController(index, form.id(), e.problems());
        }
        Optional<ControllerRow> existing = registry.controller(row.id());
        if (existing.isPresent() && !existing.get().organizationId().equals(org)) {
            return refusedController(index, row.id(), List.of(FieldProblem.of("id", "registry.controller_id_taken", row.id())));
        }
        if (existing.isEmpty()) {
            return audit.atomically(() -> {
                if (!registry.createController(row)) {
                    return refusedController(index, row.id(), List.of(FieldProblem.of("id", "registry.controller_id_taken", row.id())));
                }
                Controller created = RegistryService.controller(registry.controller(row.id()).orElseThrow());
                audit.recordBySystem(actor, org, "registry.controller.create", "controller", row.id(), null, created, null);
                BrokerCredentials credentials = null;
                if (created.protocol() == ControllerProtocol.MQTT) {
                    credentials = rules.password(row.id(), false);
                    audit.recordBySystem(actor, org, "registry.credentials.issue", "controller", row.id(), created,
                            RegistryService.controller(registry.controller(row.id()).orElseThrow()), null);
                }
                return new ControllerUpsert(index, row.id(), MeterUpsert.Result.CREATED, credentials, List.of());
            });
        }
        ControllerRow old = existing.get();
        if (!old.protocol().equals(row.protocol())) {
            return refusedController(index, row.id(), List.of(FieldProblem.of("protocol", "registry.protocol_fixed", old.protocol())));
        }
        ControllerRow changed = new ControllerRow(old.id(), org, old.protocol(), row.description(), row.modbusHost(), row.modbusPort(),
                row.modbusUnitId(), row.modbusProfile(), row.pollIntervalSeconds(), old.credentialsIssuedAt(), old.credentialsRotatedAt(),
                old.meters());
        Controller before = RegistryService.controller(old);
        Controller after = RegistryService.controller(changed);
        if (before.equals(after)) {
            return new ControllerUpsert(index, row.id(), MeterUpsert.Result.UNCHANGED, null, List.of());
        }
        audit.atomically(() -> {
            registry.updateController(changed);
            audit.recordBySystem(actor, org, "registry.controller.update", "controller", row.id(), before, after, null);
        });
        return new ControllerUpsert(index, row.id(), MeterUpsert.Result.UPDATED, null, List.of());
    }

    private static ControllerUpsert refusedController(int index, String id, List<FieldProblem> problems) {
        return new ControllerUpsert(index, id, MeterUpsert.Result.REFUSED, null, problems);
    }

    /**
     * Takes a meter of the organization out of service and puts the new one in its place, by the registry
     * page's rules and in its one transaction, audited under the integration's name.
     *
     * @throws InvalidFieldsException              when a field breaks a rule, each named
     * @throws io.meterhub.cabinet.common.ValidationException when the old meter is not the organization's or was replaced already
     */
    public MeterReplacement replaceMeter(String organizationId, String actor, Replacement replacement) {
        return audit.atomically(() -> {
            Meter before = RegistryService.meter(rules.ownMeter(organizationId, replacement.oldMeterId()));
            MeterReplacement recorded = rules.recordReplacement(organizationId, null, replacement);
            audit.recordBySystem(actor, organizationId, "registry.meter.replace", "meter", before.id(), before, recorded, recorded.reason());
            return recorded;
        });
    }

    /**
     * Registers or updates each meter by id, each on its own: a refused item costs the others nothing.
     * A meter id of another organization is refused as taken, without saying whose it is.
     *
     * @param actor who writes, as the audit log shows it ({@code api-key:<id>})
     */
    public List<MeterUpsert> upsertMeters(String organizationId, String actor, List<MeterForm> forms) {
        if (forms.size() > MAX_BULK) {
            throw new IllegalArgumentException("at most " + MAX_BULK + " meters per call, got " + forms.size());
        }
        List<MeterUpsert> outcomes = new ArrayList<>(forms.size());
        for (int from = 0; from < forms.size(); from += COMMIT_EVERY) {
            int start = from;
            int end = Math.min(forms.size(), from + COMMIT_EVERY);
            try {
                // a commit per meter cost a disk flush each (700 meters/s); one per chunk keeps each meter with its audit entry
                outcomes.addAll(audit.atomically(() -> upsertRange(organizationId, actor, forms, start, end)));
            } catch (StorageException e) {
                // a failed statement takes its chunk's transaction with it: the chunk again, a meter a transaction, so only that one is lost
                outcomes.addAll(upsertRange(organizationId, actor, forms, start, end));
            }
        }
        return outcomes;
    }

    private List<MeterUpsert> upsertRange(String organizationId, String actor, List<MeterForm> forms, int start, int end) {
        List<MeterUpsert> outcomes = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            outcomes.add(upsert(organizationId, actor, i, RegistryService.normalized(forms.get(i))));
        }
        return outcomes;
    }

    private MeterUpsert upsert(String org, String actor, int index, MeterForm m) {
        Optional<MeterRow> existing = m.id() == null ? Optional.empty() : registry.meter(m.id());
        if (existing.isPresent() && !existing.get().organizationId().equals(org)) {
            return MeterUpsert.refused(index, m.id(), List.of(FieldProblem.of("id", "registry.meter_id_taken", m.id())));
        }
        MeterRow row;
        try {
            row = rules.checkedMeter(org, m, existing.map(MeterRow::id).orElse(null));
        } catch (InvalidFieldsException e) {
            return MeterUpsert.refused(index, m.id(), e.problems());
        }
        if (existing.isEmpty()) {
            // the meter and its audit entry commit together, as on the registry page
            return audit.atomically(() -> {
                if (!registry.createMeter(row)) {
                    // written by someone else since it was looked up
                    return MeterUpsert.refused(index, m.id(), List.of(FieldProblem.of("id", "registry.meter_id_taken", m.id())));
                }
                audit.recordBySystem(actor, org, "registry.meter.create", "meter", row.id(), null, RegistryService.meter(row), null);
                return MeterUpsert.written(index, row.id(), MeterUpsert.Result.CREATED);
            });
        }
        Meter before = RegistryService.meter(existing.get());
        Meter after = RegistryService.meter(row);
        if (Objects.equals(before.form(), after.form())) {
            return MeterUpsert.written(index, row.id(), MeterUpsert.Result.UNCHANGED);
        }
        audit.atomically(() -> {
            registry.updateMeter(row);
            audit.recordBySystem(actor, org, "registry.meter.update", "meter", row.id(), before, after, null);
        });
        return MeterUpsert.written(index, row.id(), MeterUpsert.Result.UPDATED);
    }
}
