package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services each account is charged for (услуги): connected or disconnected one by one, which the
 * accounts file cannot do (its services column only adds). Past charges stay as they were.
 */
final class ServiceRules implements KindRules<ServiceLoadRow> {
    private static final Map<String, Boolean> ACTIONS = Map.of("подключить", true, "подключена", true, "да", true, "connect", true,
            "отключить", false, "отключена", false, "нет", false, "disconnect", false);
    private final LoadedRecordsRepository records;
    private final ServiceNames services;

    ServiceRules(LoadedRecordsRepository records, ServiceNames services) {
        this.records = records;
        this.services = services;
    }

    @Override
    public ServiceLoadRow parse(Cells cells) {
        String account = cells.text(Headers.ACCOUNT, true, 32);
        String serviceText = cells.text(Headers.SERVICE, true, 100);
        String service = serviceText == null ? null : services.code(serviceText);
        if (serviceText != null && service == null) {
            cells.problem(Headers.SERVICE, "load.field.service_unknown", serviceText);
        }
        String actionText = cells.text(Headers.ACTION, false, 50);
        Boolean charged = actionText == null ? Boolean.TRUE : ACTIONS.get(Column.normalized(actionText));
        if (charged == null) {
            cells.problem(Headers.ACTION, "load.field.service_action");
        }
        return cells.bad() ? null : new ServiceLoadRow(account, service, charged);
    }

    @Override
    public String key(ServiceLoadRow row) {
        return row.accountNumber() + "\n" + row.service();
    }

    @Override
    public String keyHeader() {
        return Headers.SERVICE;
    }

    @Override
    public List<Numbered<ServiceLoadRow>> against(String organizationId, List<Numbered<ServiceLoadRow>> rows, List<LoadProblem> problems) {
        return KnownAccounts.keep(records, organizationId, rows, ServiceLoadRow::accountNumber, problems);
    }

    @Override
    public Set<String> existing(String organizationId, List<ServiceLoadRow> rows) {
        return records.existingAccountServices(organizationId, rows);
    }

    @Override
    public void write(long loadId, String organizationId, List<ServiceLoadRow> batch, int appliedAfter) {
        records.setAccountServices(loadId, organizationId, batch, appliedAfter);
    }
}
