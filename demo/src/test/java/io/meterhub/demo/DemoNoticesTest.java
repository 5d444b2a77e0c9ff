package io.meterhub.demo;

import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.notices.Board;
import io.meterhub.cabinet.notices.NoticeNotifier;
import io.meterhub.cabinet.notices.OutagePhase;
import io.meterhub.cabinet.notifications.Notification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's announcement is current for every grid customer; its outage is three days ahead at ivanov's house only, and he was told. */
class DemoNoticesTest {
    private static final Clock CLOCK = Fixture.clockAt("2026-03-18T12:00:00", Fixture.SAMARA);

    @Test
    void ivanov_has_the_current_announcement_and_the_upcoming_outage_at_his_street_and_petrova_it_only_through_his_delegated_account() {
        try (Fixture fixture = Fixture.open("demo_notices")) {
            fixture.organization("VOLGA", Fixture.SAMARA, 15, 25);
            new CabinetSeeder(fixture.dataSource, CLOCK).seed("VOLGA", List.of());
            Services services = Services.of(fixture.dataSource, CLOCK);
            var board = services.notices(NoticeNotifier.NONE).board();
            Viewer ivanov = fixture.users.authenticate("ivanov", "ivan-meter-42").orElseThrow();
            Viewer petrova = fixture.users.authenticate("petrova", "anna-meter-42").orElseThrow();

            Board his = board.board(ivanov);
            assertThat(his.current()).extracting(a -> a.announcement().title()).containsExactly("Показания — через личный кабинет");
            assertThat(his.unread()).isEqualTo(1);
            assertThat(his.outages()).hasSize(1);
            assertThat(his.outages().get(0).phase()).isEqualTo(OutagePhase.UPCOMING);
            assertThat(his.outages().get(0).accountNumbers()).containsExactly("6300123456");
            assertThat(his.outages().get(0).outage().localStart()).isEqualTo(LocalDateTime.parse("2026-03-21T09:00"));
            assertThat(services.notificationService(List.of(), "http://localhost/").inbox(ivanov, 50)).extracting(Notification::subject)
                    .filteredOn(subject -> subject.startsWith("Плановое")).containsExactly("Плановое отключение: Электроэнергия с 21.03.2026 09:00");

            Board hers = board.board(petrova);
            assertThat(hers.current()).hasSize(1);
            // her own grid account is on Ново-Садовая; ivanov's, whose readings he delegated to her, is on the outage's street
            assertThat(hers.outages()).as("only through the delegated account").singleElement()
                    .satisfies(o -> assertThat(o.accountNumbers()).containsExactly("6300123456"));
        }
    }
}
