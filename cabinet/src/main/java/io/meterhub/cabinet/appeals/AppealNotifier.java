package io.meterhub.cabinet.appeals;

/**
 * Tells the customer what happened to their appeal; the lead wires it to the cabinet's NotificationService
 * (inbox, email, SMS). Called after the change is committed.
 */
public interface AppealNotifier {
    /** The appeal now has {@code appeal.status()} (registered, taken, answered, closed, reopened). */
    void statusChanged(Appeal appeal);

    /** Staff answered; {@code messageNumber} is the answer's number in the thread. */
    void answered(Appeal appeal, String messageNumber, String text);

    AppealNotifier NONE = new AppealNotifier() {
        @Override
        public void statusChanged(Appeal appeal) {
        }

        @Override
        public void answered(Appeal appeal, String messageNumber, String text) {
        }
    };
}
