package io.meterhub.cabinet.webhooks;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealNotifier;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cabinet's services record their integration events in the transaction of the change, and only when it commits. */
class OutboxTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static Fixture fixture;
    private static Services services;

    @BeforeAll
    static void open() {
        fixture = Fixture.open("webhooks_outbox");
        fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
        services = Services.of(fixture.dataSource, Fixture.clockAt("2026-11-20T12:00:00", Fixture.SAMARA));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> events(String type) {
        return Jdbc.list(fixture.dataSource, "SELECT organization_id || ' ' || data::text FROM integration_event WHERE type = ? ORDER BY id",
                r -> r.getString(1), type);
    }

    @Test
    void a_submitted_reading_is_one_event_with_exact_values_and_a_refused_one_is_none() {
        Fixture.Person customer = fixture.customer("outbox-reader");
        long account = fixture.account(customer, "VOLGA");
        long meter = fixture.meter(account, "ELECTRICITY", 2, 6, 2, null);

        services.submissions().submit(customer.viewer(), meter, Map.of(1, new BigDecimal("1200.5"), 2, new BigDecimal("300.25")), DAY);
        assertThatThrownBy(() -> services.submissions().submit(customer.viewer(), meter, Map.of(1, new BigDecimal("1100"), 2,
                new BigDecimal("300.25")), DAY)).isInstanceOf(ValidationException.class);

        assertThat(events("reading.submitted")).singleElement().satisfies(event -> assertThat(event)
                .startsWith("VOLGA {\"accountNumber\":\"LS-")
                .contains("\"accountMeterId\":" + meter, "\"submittedBy\":\"customer\"", "\"zone\":1,\"value\":\"1200.50\"",
                        "\"zone\":2,\"value\":\"300.25\"", "\"takenOn\":\"2026-11-20\""));
    }

    @Test
    void a_registered_appeal_is_an_event_without_the_customers_words() {
        Fixture.Person customer = fixture.customer("outbox-appeal");
        long account = fixture.account(customer, "VOLGA");

        var appeal = services.appeals(ProductionCalendar.russia(), AppealNotifier.NONE, 1024 * 1024).filing().file(customer.viewer(),
                NewAppeal.about(account, AppealCategory.BILLING, "Звоните мне: +7 912 000-00-00", "Пересчитайте, пожалуйста", List.of()));

        assertThat(events("appeal.received")).singleElement().satisfies(event -> assertThat(event)
                .contains("\"appealId\":" + appeal.id(), "\"number\":\"" + appeal.number() + "\"", "\"category\":\"BILLING\"")
                .doesNotContain("+7 912", "Пересчитайте", "Звоните"));
    }
}
