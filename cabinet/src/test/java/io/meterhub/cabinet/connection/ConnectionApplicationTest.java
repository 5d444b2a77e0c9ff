package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application owns its transitions: it says where an action leads and refuses what its status does not allow. */
class ConnectionApplicationTest {

    private static ConnectionApplication in(ApplicationStatus status, LocalDate deadline, DeadlineStep step) {
        return new ConnectionApplication(1, "ТП-2026-000001", "GRID", "Сети", ZoneId.of("Europe/Samara"), 7, 11L, ApplicantCategory.INDIVIDUAL,
                "Иванов Иван Иванович", status, false, Instant.parse("2026-12-01T08:00:00Z"), null, false, null, null, null, null, null, null,
                null, null, null, null, null, null, deadline, step);
    }

    @Test
    void an_offer_on_a_draft_is_refused_naming_the_action_and_the_status() {
        ConnectionApplication draft = in(ApplicationStatus.DRAFT, null, null);
        assertThatThrownBy(() -> draft.next(WorkflowAction.OFFER))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
                    assertThat(e.action()).isEqualTo(WorkflowAction.OFFER);
                    assertThat(e.status()).isEqualTo(ApplicationStatus.DRAFT);
                    assertThat(e.code()).isEqualTo(ConnectionError.NOT_ALLOWED.code());
                });
    }

    @Test
    void a_final_status_allows_no_transition_and_no_edit() {
        for (ApplicationStatus status : new ApplicationStatus[]{ApplicationStatus.CONNECTED, ApplicationStatus.CANCELLED, ApplicationStatus.REFUSED}) {
            ConnectionApplication closed = in(status, null, null);
            for (WorkflowAction action : WorkflowAction.values()) {
                if (action != WorkflowAction.WRITE_MESSAGE) {
                    assertThat(closed.allows(action)).as(status + " " + action).isFalse();
                }
            }
            assertThat(closed.editable()).isFalse();
        }
    }

    @Test
    void an_action_that_changes_no_status_is_not_a_transition() {
        assertThatThrownBy(() -> in(ApplicationStatus.DRAFT, null, null).next(WorkflowAction.EDIT))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void allowed_transitions_lead_where_the_workflow_says_and_start_their_term() {
        assertThat(in(ApplicationStatus.DRAFT, null, null).next(WorkflowAction.SUBMIT)).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(in(ApplicationStatus.DRAFT, null, null).termAfter(WorkflowAction.SUBMIT))
                .isEqualTo(new ConnectionApplication.Term(DeadlineStep.COMPLETENESS_CHECK, false));
        assertThat(in(ApplicationStatus.UNDER_REVIEW, null, null).next(WorkflowAction.REQUEST_DOCUMENTS)).isEqualTo(ApplicationStatus.INCOMPLETE);
        assertThat(in(ApplicationStatus.SIGNED, null, null).termAfter(WorkflowAction.MARK_PAID))
                .isEqualTo(new ConnectionApplication.Term(DeadlineStep.CONNECTION, false));
    }

    @Test
    void work_keeps_the_connection_term_started_on_payment_and_connecting_ends_it() {
        LocalDate due = LocalDate.parse("2027-06-01");
        ConnectionApplication paid = in(ApplicationStatus.PAID, due, DeadlineStep.CONNECTION);
        assertThat(paid.termAfter(WorkflowAction.START_WORK)).isEqualTo(new ConnectionApplication.Term(DeadlineStep.CONNECTION, true));
        assertThat(in(ApplicationStatus.IN_PROGRESS, due, DeadlineStep.CONNECTION).termAfter(WorkflowAction.MARK_CONNECTED))
                .isEqualTo(new ConnectionApplication.Term(null, false));
    }

    @Test
    void overdue_is_judged_by_the_day_in_the_grid_companys_zone() {
        ConnectionApplication submitted = in(ApplicationStatus.SUBMITTED, LocalDate.parse("2026-12-10"), DeadlineStep.COMPLETENESS_CHECK);
        // 21:30 UTC on the 10th is already the 11th in Samara (UTC+4)
        assertThat(submitted.overdue(Instant.parse("2026-12-10T19:30:00Z"))).isFalse();
        assertThat(submitted.overdue(Instant.parse("2026-12-10T21:30:00Z"))).isTrue();
        assertThat(in(ApplicationStatus.REFUSED, LocalDate.parse("2026-12-10"), null).overdue(Instant.parse("2026-12-20T00:00:00Z"))).isFalse();
    }
}
