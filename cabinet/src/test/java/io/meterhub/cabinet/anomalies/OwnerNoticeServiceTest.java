package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.Services;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner's notices: their own meters only, the kinds that concern them, plain words, no evidence or score. */
class OwnerNoticeServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static Fixture fixture;
    private static OwnerNoticeService service;
    private static Fixture.Person owner;
    private static Fixture.Person neighbour;
    private static String serial;

    @BeforeAll
    static void open() throws Exception {
        fixture = Fixture.open("cabinet_owner_notices");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.telemetryMeter("GRID", "ON-MINE", 0);
        fixture.telemetryMeter("GRID", "ON-THEIRS", 0);
        owner = fixture.customer("on-owner");
        neighbour = fixture.customer("on-neighbour");
        long mine = fixture.meter(fixture.account(owner, "GRID"), "ELECTRICITY", 1, 6, 1, "ON-MINE");
        fixture.meter(fixture.account(neighbour, "GRID"), "ELECTRICITY", 1, 6, 1, "ON-THEIRS");
        Jdbc.update(fixture.dataSource, "UPDATE account_meter SET installed_on = DATE '2026-06-01' WHERE id = ?", mine);
        serial = fixture.accounts.meter(mine).orElseThrow().serial();
        service = Services.of(fixture.dataSource, Clock.fixed(NOW, ZoneOffset.UTC)).ownerNotices();

        // 10:05 UTC is 14:05 in Samara
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-MINE", "TAMPER_EVENT", "HIGH", Instant.parse("2026-11-12T10:05:00Z"), null,
                "{\"event\": \"COVER_OPEN\", \"secret_score_detail\": 97.5}");
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-MINE", "DATA_GAP", "MEDIUM", Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-03T00:00:00Z"), "{}");
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-MINE", "DATA_GAP", "LOW", Instant.parse("2026-11-05T00:00:00Z"),
                Instant.parse("2026-11-05T03:00:00Z"), "{}");
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-MINE", "CONSUMPTION_SPIKE", "HIGH", Instant.parse("2026-11-06T00:00:00Z"), null, "{}");
        // before the meter was the owner's: a previous holder's business
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-MINE", "TAMPER_EVENT", "HIGH", Instant.parse("2026-05-01T00:00:00Z"), null,
                "{\"event\": \"MAGNETIC_FIELD\"}");
        AnomalyRows.insert(fixture.dataSource, "GRID", "ON-THEIRS", "TAMPER_EVENT", "HIGH", Instant.parse("2026-11-13T08:00:00Z"), null,
                "{\"event\": \"MAGNETIC_FIELD\"}");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_owner_reads_a_plain_notice_of_a_cover_opened_and_of_a_long_data_gap() {
        List<OwnerNotice> notices = service.notices(owner.viewer(), RU);
        assertThat(notices).extracting(OwnerNotice::kind).containsExactly(AnomalyKind.TAMPER_EVENT, AnomalyKind.DATA_GAP);
        assertThat(notices.get(0).text()).isEqualTo("12.11.2026 в 14:05 была открыта крышка счётчика № " + serial
                + ". Если это были не вы, сообщите в сетевую компанию: Org GRID, +7 846 000-00-00.");
        assertThat(notices.get(1).text()).startsWith("С 01.11.2026 04:00 счётчик № " + serial + " больше суток не передавал данные.");
        assertThat(service.notices(owner.viewer(), Locale.ENGLISH).get(0).text())
                .startsWith("On 12 Nov 2026 at 14:05 the cover of meter No. " + serial + " was opened. If it was not you");
    }

    @Test
    void the_owner_never_sees_other_customers_meters_nor_the_operators_evidence_or_score() {
        List<OwnerNotice> mine = service.notices(owner.viewer(), RU);
        assertThat(mine).allMatch(n -> n.serial().equals(serial));
        assertThat(mine).extracting(OwnerNotice::text).noneMatch(t -> t.contains("магнит") || t.contains("97") || t.contains("3.5")
                || t.contains("3,5") || t.contains("ON-MINE"));
        List<OwnerNotice> theirs = service.notices(neighbour.viewer(), RU);
        assertThat(theirs).singleElement().satisfies(n -> assertThat(n.text()).contains("магнитным полем"));
        assertThat(theirs.get(0).anomalyId()).isNotIn(mine.stream().map(OwnerNotice::anomalyId).toList());
        Viewer operator = fixture.staff("on-operator", Role.OPERATOR, "GRID");
        assertThat(service.notices(operator, RU)).isEmpty();
    }
}
