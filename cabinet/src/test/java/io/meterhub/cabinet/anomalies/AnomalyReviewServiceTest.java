package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.Services;
import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The anomaly review against the real PostgreSQL: queue, counts, every action recorded, refusals, bulk, organizations kept apart. */
class AnomalyReviewServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static Fixture fixture;
    private static AnomalyReviewService service;
    private static Viewer operator;
    private static Viewer colleague;
    private static Viewer foreign;
    private static Viewer customer;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("cabinet_anomalies");
        fixture.organization("GRID", Fixture.SAMARA, 15, 25);
        fixture.organization("OTHER", Fixture.SAMARA, 15, 25);
        operator = fixture.staff("an-operator", Role.OPERATOR, "GRID");
        colleague = fixture.staff("an-colleague", Role.OPERATOR, "GRID");
        foreign = fixture.staff("an-foreign", Role.OPERATOR, "OTHER");
        customer = fixture.customer("an-customer").viewer();
        service = Services.of(fixture.dataSource, Clock.fixed(NOW, ZoneOffset.UTC)).anomalyReview();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static long anomaly(String organization, String meter, String kind, String severity, Instant startedAt) {
        return Jdbc.insert(fixture.dataSource, """
                INSERT INTO anomaly (meter_id, organization_id, kind, started_at, severity, score, evidence)
                VALUES (?, ?, ?, ?, ?, 3.5, '{"value": 12.5, "baseline": 1.1}'::jsonb) RETURNING id""",
                meter, organization, kind, startedAt, severity);
    }

    private static CabinetException refusal(Runnable call) {
        try {
            call.run();
        } catch (CabinetException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void queue_filters_and_counts_within_the_organization_newest_first() {
        String org = "GRID";
        String m = "Q-" + System.nanoTime();
        long spikeOld = anomaly(org, m, "CONSUMPTION_SPIKE", "HIGH", NOW.minus(Duration.ofHours(72)));
        long spikeNew = anomaly(org, m, "CONSUMPTION_SPIKE", "LOW", NOW.minus(Duration.ofHours(2)));
        long gap = anomaly(org, m, "DATA_GAP", "MEDIUM", NOW.minus(Duration.ofHours(30)));
        long foreignOne = anomaly("OTHER", m, "DATA_GAP", "HIGH", NOW.minus(Duration.ofHours(5)));
        service.acknowledge(operator, gap);

        // the meter prefix keeps other tests' rows out of the assertions: use ids
        AnomalyQueue all = service.queue(operator, AnomalyFilter.ALL, 0, 1000);
        List<Long> ids = all.page().items().stream().map(Anomaly::id).toList();
        assertThat(ids).contains(spikeOld, spikeNew, gap).doesNotContain(foreignOne);
        assertThat(ids.indexOf(spikeNew)).isLessThan(ids.indexOf(gap));
        assertThat(ids.indexOf(gap)).isLessThan(ids.indexOf(spikeOld));
        assertThat(all.page().total()).isEqualTo(all.page().items().size());

        AnomalyQueue spikes = service.queue(operator, new AnomalyFilter(AnomalyKind.CONSUMPTION_SPIKE, null, null, null), 0, 1000);
        assertThat(spikes.page().items()).allMatch(a -> a.kind() == AnomalyKind.CONSUMPTION_SPIKE);
        assertThat(spikes.page().items()).extracting(Anomaly::id).contains(spikeOld, spikeNew).doesNotContain(gap);
        // counts per kind ignore the kind filter; counts per status follow it
        assertThat(spikes.byKind().get(AnomalyKind.DATA_GAP)).isGreaterThanOrEqualTo(1L);
        assertThat(spikes.byStatus().getOrDefault(AnomalyStatus.ACKNOWLEDGED, 0L))
                .isEqualTo(spikes.page().items().stream().filter(a -> a.status() == AnomalyStatus.ACKNOWLEDGED).count());
        long openSpikes = spikes.page().items().stream().filter(a -> a.status() == AnomalyStatus.OPEN).count();
        assertThat(spikes.byStatus().get(AnomalyStatus.OPEN)).isEqualTo(openSpikes);

        AnomalyQueue acknowledged = service.queue(operator, new AnomalyFilter(null, null, AnomalyStatus.ACKNOWLEDGED, null), 0, 1000);
        assertThat(acknowledged.page().items()).extracting(Anomaly::id).contains(gap).doesNotContain(spikeOld, spikeNew);
        assertThat(acknowledged.byStatus()).containsKey(AnomalyStatus.OPEN);

        AnomalyQueue high = service.queue(operator, new AnomalyFilter(null, Severity.HIGH, null, null), 0, 1000);
        assertThat(high.page().items()).extracting(Anomaly::id).contains(spikeOld).doesNotContain(spikeNew, gap, foreignOne);

        AnomalyQueue olderThanADay = service.queue(operator, new AnomalyFilter(null, null, null, 24), 0, 1000);
        assertThat(olderThanADay.page().items()).extracting(Anomaly::id).contains(spikeOld, gap).doesNotContain(spikeNew);

        AnomalyQueue firstPage = service.queue(operator, AnomalyFilter.ALL, 0, 2);
        assertThat(firstPage.page().items()).hasSize(2);
        assertThat(firstPage.page().total()).isEqualTo(all.page().total());
        Map<AnomalyStatus, Long> byStatus = all.byStatus();
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.page().total());
    }

    @Test
    void every_action_is_recorded_with_who_and_when() {
        long id = anomaly("GRID", "A-" + System.nanoTime(), "TAMPER_EVENT", "HIGH", NOW.minus(Duration.ofHours(3)));
        assertThat(service.acknowledge(operator, id).status()).isEqualTo(AnomalyStatus.ACKNOWLEDGED);
        Anomaly assigned = service.assign(operator, id, "an-colleague");
        assertThat(assigned.status()).isEqualTo(AnomalyStatus.ASSIGNED);
        assertThat(assigned.assignee()).isEqualTo("an-colleague");
        service.comment(colleague, id, "  Выехали на место  ");
        Anomaly resolved = service.resolve(colleague, id, Resolution.CONFIRMED_THEFT, "Пломба сорвана");
        assertThat(resolved.status()).isEqualTo(AnomalyStatus.RESOLVED);
        assertThat(resolved.resolution()).isEqualTo(Resolution.CONFIRMED_THEFT);
        assertThat(resolved.resolvedAt()).isEqualTo(NOW);

        AnomalyDetail detail = service.detail(operator, id);
        assertThat(detail.anomaly().evidence()).contains("\"baseline\"");
        assertThat(detail.history()).extracting(AnomalyHistoryEntry::action).containsExactly("ACKNOWLEDGE", "ASSIGN", "COMMENT", "RESOLVE");
        assertThat(detail.history()).extracting(AnomalyHistoryEntry::by).containsExactly("an-operator", "an-operator", "an-colleague", "an-colleague");
        assertThat(detail.history()).extracting(AnomalyHistoryEntry::at).containsOnly(NOW);
        assertThat(detail.history().get(1).assignee()).isEqualTo("an-colleague");
        assertThat(detail.history().get(2).comment()).isEqualTo("Выехали на место");
        assertThat(detail.history().get(3).resolution()).isEqualTo(Resolution.CONFIRMED_THEFT);
        assertThat(detail.history().get(3).comment()).isEqualTo("Пломба сорвана");
    }

    @Test
    void invalid_transitions_are_refused_and_leave_nothing_behind() {
        long id = anomaly("GRID", "T-" + System.nanoTime(), "DATA_GAP", "LOW", NOW.minus(Duration.ofHours(3)));
        assertThat(refusal(() -> service.resolve(operator, id, null, "x")).code()).isEqualTo(AnomalyReviewService.RESOLUTION_REQUIRED);
        assertThat(refusal(() -> service.comment(operator, id, "  ")).code()).isEqualTo(AnomalyReviewService.COMMENT_REQUIRED);
        assertThat(refusal(() -> service.assign(operator, id, "an-foreign")).code()).isEqualTo(AnomalyReviewService.NO_SUCH_OPERATOR);
        assertThat(refusal(() -> service.assign(operator, id, "an-customer")).code()).isEqualTo(AnomalyReviewService.NO_SUCH_OPERATOR);
        service.acknowledge(operator, id);
        assertThat(refusal(() -> service.acknowledge(operator, id)).code()).isEqualTo(AnomalyReviewService.NOT_OPEN);
        service.resolve(operator, id, Resolution.FALSE_ALARM, null);
        assertThat(refusal(() -> service.acknowledge(operator, id)).code()).isEqualTo(AnomalyReviewService.RESOLVED);
        assertThat(refusal(() -> service.resolve(operator, id, Resolution.METER_FAULT, null)).code()).isEqualTo(AnomalyReviewService.RESOLVED);
        assertThat(refusal(() -> service.assign(operator, id, "an-colleague")).code()).isEqualTo(AnomalyReviewService.RESOLVED);
        // a comment is still welcome on a resolved one
        service.comment(operator, id, "Проверено повторно");
        AnomalyDetail detail = service.detail(operator, id);
        assertThat(detail.anomaly().resolution()).isEqualTo(Resolution.FALSE_ALARM);
        assertThat(detail.history()).extracting(AnomalyHistoryEntry::action).containsExactly("ACKNOWLEDGE", "RESOLVE", "COMMENT");
    }

    @Test
    void bulk_applies_one_action_to_many_in_one_transaction() {
        String m = "B-" + System.nanoTime();
        long a = anomaly("GRID", m, "SUSTAINED_ZERO", "MEDIUM", NOW.minus(Duration.ofHours(10)));
        long b = anomaly("GRID", m, "SUSTAINED_ZERO", "MEDIUM", NOW.minus(Duration.ofHours(9)));
        long c = anomaly("GRID", m, "SUSTAINED_ZERO", "MEDIUM", NOW.minus(Duration.ofHours(8)));
        assertThat(service.bulk(operator, List.of(a, b), new AnomalyAction.Acknowledge())).isEqualTo(2);
        assertThat(service.detail(operator, a).anomaly().status()).isEqualTo(AnomalyStatus.ACKNOWLEDGED);
        assertThat(service.detail(operator, b).anomaly().status()).isEqualTo(AnomalyStatus.ACKNOWLEDGED);

        // c is open, a is not: acknowledging both refuses all and changes nothing
        assertThat(refusal(() -> service.bulk(operator, List.of(c, a), new AnomalyAction.Acknowledge())).code())
                .isEqualTo(AnomalyReviewService.NOT_OPEN);
        assertThat(service.detail(operator, c).anomaly().status()).isEqualTo(AnomalyStatus.OPEN);
        assertThat(service.detail(operator, c).history()).isEmpty();

        assertThat(service.bulk(operator, List.of(a, b, c), new AnomalyAction.Resolve(Resolution.SUPPLY_PROBLEM, "Авария на линии"))).isEqualTo(3);
        for (long id : List.of(a, b, c)) {
            AnomalyDetail detail = service.detail(operator, id);
            assertThat(detail.anomaly().resolution()).isEqualTo(Resolution.SUPPLY_PROBLEM);
            assertThat(detail.history()).last().satisfies(h -> {
                assertThat(h.action()).isEqualTo("RESOLVE");
                assertThat(h.by()).isEqualTo("an-operator");
                assertThat(h.comment()).isEqualTo("Авария на линии");
            });
        }
        assertThat(refusal(() -> service.bulk(operator, List.of(), new AnomalyAction.Acknowledge())).code())
                .isEqualTo(AnomalyReviewService.NOTHING_SELECTED);
    }

    @Test
    void another_organization_neither_sees_nor_acts_and_a_customer_is_refused() {
        long ours = anomaly("GRID", "O-" + System.nanoTime(), "REVERSE_ENERGY", "HIGH", NOW.minus(Duration.ofHours(1)));
        assertThat(service.queue(foreign, AnomalyFilter.ALL, 0, 1000).page().items()).extracting(Anomaly::id).doesNotContain(ours);
        assertThatThrownBy(() -> service.detail(foreign, ours)).isInstanceOf(AccessDeniedException.class)
                .extracting(e -> ((CabinetException) e).code()).isEqualTo(AnomalyReviewService.NOT_FOUND);
        assertThat(refusal(() -> service.detail(foreign, Long.MAX_VALUE)).code()).isEqualTo(AnomalyReviewService.NOT_FOUND);
        assertThat(refusal(() -> service.acknowledge(foreign, ours)).code()).isEqualTo(AnomalyReviewService.NOT_FOUND);
        assertThat(refusal(() -> service.resolve(foreign, ours, Resolution.FALSE_ALARM, null)).code()).isEqualTo(AnomalyReviewService.NOT_FOUND);
        assertThat(refusal(() -> service.comment(foreign, ours, "x")).code()).isEqualTo(AnomalyReviewService.NOT_FOUND);
        long theirs = anomaly("OTHER", "O-" + System.nanoTime(), "DATA_GAP", "LOW", NOW.minus(Duration.ofHours(1)));
        // one foreign id in a bulk refuses the whole bulk
        assertThat(refusal(() -> service.bulk(operator, List.of(ours, theirs), new AnomalyAction.Acknowledge())).code())
                .isEqualTo(AnomalyReviewService.NOT_FOUND);
        assertThat(service.detail(operator, ours).anomaly().status()).isEqualTo(AnomalyStatus.OPEN);
        assertThat(service.detail(operator, ours).history()).isEmpty();

        assertThatThrownBy(() -> service.queue(customer, AnomalyFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.detail(customer, ours)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.acknowledge(customer, ours)).isInstanceOf(AccessDeniedException.class);
    }
}
