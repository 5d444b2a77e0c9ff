package io.meterhub.cabinet.connection;

/**
 * Tells the applicant what happened to their application; the lead wires it to the cabinet's
 * NotificationService (inbox, email, SMS). Called after the change is committed, and only for
 * applicants with a login. {@code link} is relative to the cabinet's root:
 * {@code connection/applications/<id>}.
 */
public interface ApplicantNotifier {

    /**
     * @param userId   the applicant's login
     * @param number   the application's registration number (null for a draft)
     * @param reason   the reason given (missing documents, refusal...), null when none
     * @param deadline the term now running, null when none
     */
    void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to, String reason,
                       java.time.LocalDate deadline, String link);

    /** Staff wrote to the applicant. */
    void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link);

    /** Staff of {@code organizationName} registered a paper application for the customer, who is to confirm it. */
    default void paperRegistered(long userId, long applicationId, String organizationName, String link) {
    }

    ApplicantNotifier NONE = new ApplicantNotifier() {
        @Override
        public void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to,
                                  String reason, java.time.LocalDate deadline, String link) {
        }

        @Override
        public void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link) {
        }
    };
}
