package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.common.ValidationException;

import java.util.Locale;

/** An action the application's status does not allow, e.g. an offer on a draft; names both in the reader's language. */
public final class TransitionRefusedException extends ValidationException {
    private final WorkflowAction action;
    private final ApplicationStatus status;

    public TransitionRefusedException(WorkflowAction action, ApplicationStatus status) {
        super(ConnectionError.NOT_ALLOWED.code(), action.name(), status.name());
        this.action = action;
        this.status = status;
    }

    public WorkflowAction action() {
        return action;
    }

    public ApplicationStatus status() {
        return status;
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(code(), locale, Messages.format("connection.action." + action.name(), locale),
                Messages.format("connection.status." + status.name(), locale));
    }
}
