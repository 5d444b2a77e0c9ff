package io.meterhub.cabinet.registry;

import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;

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
    private final RegistryService rules;
    private final RegistryRepository registry;
    private final AuditLog audit;

    public RegistryIntegration(RegistryService rules, RegistryRepository registry, AuditLog audit) {
        this.rules = rules;
        this.registry = registry;
        this.audit = audit;
    }

    /** Up to {@code limit} meters of the organization after {@code afterId} (null: the first), by id; of one controller when given. */
    public List<Meter> meters(String organizationId, String controllerId, String afterId, int limit) {
        return registry.metersAfter(organizationId, controllerId, afterId, limit).stream().map(RegistryService::meter).toList();
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
        for (int i = 0; i < forms.size(); i++) {
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
