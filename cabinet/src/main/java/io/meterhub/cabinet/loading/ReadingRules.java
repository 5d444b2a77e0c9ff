package io.meterhub.cabinet.loading;

import io.meterhub.cabinet.loading.LoadKind.Headers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readings (показания): a zone's value of a meter already loaded, accepted as of a day; the same meter, zone and day is updated. */
final class ReadingRules implements KindRules<ReadingLoadRow> {
    private final LoadedRecordsRepository records;
    private final LocalDate today;

    ReadingRules(LoadedRecordsRepository records, LocalDate today) {
        this.records = records;
        this.today = today;
    }

    @Override
    public ReadingLoadRow parse(Cells cells) {
        String account = cells.text(Headers.ACCOUNT, true, 32);
        String serial = cells.text(Headers.SERIAL, true, 64);
        Integer zone = cells.integer(Headers.ZONE, false, 1, 3, 1);
        BigDecimal value = cells.decimal(Headers.VALUE, true, 3, false);
        LocalDate takenOn = cells.date(Headers.TAKEN_ON, true);
        if (takenOn != null && takenOn.isAfter(today)) {
            cells.problem(Headers.TAKEN_ON, "load.field.future");
        }
        return cells.bad() ? null : new ReadingLoadRow(account, serial, zone, value, takenOn);
    }

    @Override
    public String key(ReadingLoadRow row) {
        return row.accountNumber() + "\n" + row.serial() + "\n" + row.zone() + "\n" + row.takenOn();
    }

    @Override
    public String keyHeader() {
        return Headers.TAKEN_ON;
    }

    @Override
    public List<Numbered<ReadingLoadRow>> against(String organizationId, List<Numbered<ReadingLoadRow>> rows, List<LoadProblem> problems) {
        Map<String, MeterShape> meters = records.meterShapes(organizationId, rows.stream().map(r -> r.row().accountNumber()).toList(),
                rows.stream().map(r -> r.row().serial()).toList());
        List<Numbered<ReadingLoadRow>> valid = new ArrayList<>(rows.size());
        for (Numbered<ReadingLoadRow> r : rows) {
            ReadingLoadRow reading = r.row();
            MeterShape meter = meters.get(reading.accountNumber() + "\n" + reading.serial());
            if (meter == null) {
                problems.add(LoadProblem.of(r.rowNo(), Headers.SERIAL, reading.serial(), "load.field.meter_unknown", reading.accountNumber()));
            } else if (reading.zone() > meter.zones()) {
                problems.add(LoadProblem.of(r.rowNo(), Headers.ZONE, Integer.toString(reading.zone()), "load.field.zone_missing", meter.zones()));
            } else if (reading.value().scale() > meter.decimals() || reading.value().precision() - reading.value().scale() > meter.digits()) {
                problems.add(LoadProblem.of(r.rowNo(), Headers.VALUE, reading.value().toPlainString().replace('.', ','), "load.field.register",
                        meter.digits(), meter.decimals()));
            } else {
                valid.add(r);
            }
        }
        return valid;
    }

    @Override
    public Set<String> existing(String organizationId, List<ReadingLoadRow> rows) {
        return records.existingReadings(organizationId, rows);
    }

    @Override
    public void write(long loadId, String organizationId, List<ReadingLoadRow> batch, int appliedAfter) {
        records.upsertReadings(loadId, organizationId, batch, appliedAfter);
    }
}
