package io.meterhub.cabinet.tariffs;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organization's price list as its holders of the ORGANIZATION module keep it: a new price for a
 * service and zone from a day on. The day is today or later in the organization's time zone, so a
 * change never reaches a month already charged (charges keep the prices they were made with).
 */
public final class TariffAdministration {
    private final TariffService tariffs;
    private final AccountRepository organizations;
    private final StaffRights rights;
    private final AuditLog audit;
    private final Clock clock;

    public TariffAdministration(TariffService tariffs, AccountRepository organizations, StaffRights rights, AuditLog audit, Clock clock) {
        this.tariffs = tariffs;
        this.organizations = organizations;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Tariff> priceList(Viewer viewer) {
        rights.require(viewer, StaffModule.ORGANIZATION);
        return tariffs.priceList(viewer.organizationId());
    }

    public List<BilledService> services(Viewer viewer) {
        rights.require(viewer, StaffModule.ORGANIZATION);
        return organizations.services().stream().map(s -> new BilledService(s.code(), s.nameRu(), s.nameEn(), s.unit(), s.metered())).toList();
    }

    /** How many zones the organization's day has: the zones a metered service is priced by. */
    public int zoneCount(Viewer viewer) {
        rights.require(viewer, StaffModule.ORGANIZATION);
        return TariffZoneSchedule.parse(organization(viewer).zoneSchedule()).zoneCount();
    }

    /** The day a new price may start at the earliest: today in the organization's time zone. */
    public LocalDate earliestStart(Viewer viewer) {
        rights.require(viewer, StaffModule.ORGANIZATION);
        return LocalDate.now(clock.withZone(organization(viewer).timeZone()));
    }

    public Tariff setPrice(Viewer viewer, String serviceCode, int zone, BigDecimal price, LocalDate validFrom) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.ORGANIZATION);
            OrganizationRow organization = organization(viewer);
            BilledService service = services(viewer).stream().filter(s -> s.code().equals(serviceCode)).findFirst().orElse(null);
            List<FieldProblem> problems = new ArrayList<>();
            if (service == null) {
                problems.add(FieldProblem.of("service", "tariff.service_unknown"));
            } else if (service.metered() ? zone < 1 || zone > TariffZoneSchedule.parse(organization.zoneSchedule()).zoneCount() : zone != 0) {
                problems.add(FieldProblem.of("zone", service.metered() ? "tariff.zone_not_in_schedule" : "tariff.fixed_has_no_zone"));
            }
            if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 4) {
                problems.add(FieldProblem.of("price", "tariff.price_invalid", price == null ? "" : price.toPlainString()));
            }
            LocalDate today = LocalDate.now(clock.withZone(organization.timeZone()));
            if (validFrom == null || validFrom.isBefore(today)) {
                problems.add(FieldProblem.of("validFrom", "tariff.valid_from_past", today));
            }
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
            Tariff before = tariffs.inForce(viewer.organizationId(), serviceCode, zone, validFrom).orElse(null);
            long id;
            try {
                id = tariffs.addPrice(viewer.organizationId(), serviceCode, zone, price, validFrom);
            } catch (ValidationException e) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("price", e.code(), e.args().toArray())));
            }
            Tariff after = tariffs.inForce(viewer.organizationId(), serviceCode, zone, validFrom).orElseThrow();
            audit.record(viewer, viewer.organizationId(), "tariff.set", "tariff", String.valueOf(id), before == null ? null : snapshot(before),
                    snapshot(after), null);
            return after;
        });
    }

    private OrganizationRow organization(Viewer viewer) {
        return organizations.organization(viewer.organizationId()).orElseThrow(() -> new ValidationException("organization.name_required"));
    }

    private static Map<String, Object> snapshot(Tariff t) {
        return Map.of("service", t.serviceCode(), "zone", t.zone(), "price", t.price().toPlainString(), "validFrom", t.validFrom().toString());
    }
}
