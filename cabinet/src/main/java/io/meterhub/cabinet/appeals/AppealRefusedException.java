package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.common.ValidationException;

/** An action the appeal's status does not allow (answering one not taken into work, reopening too late...). */
public class AppealRefusedException extends ValidationException {
    public AppealRefusedException(AppealAction action) {
        super("appeals.refused." + action.name());
    }
}
