package io.meterhub.cabinet.common;

/** Bad input or a rule that refuses it: a client error, answered with the message and logged without a stack trace. */
public class ValidationException extends CabinetException {
    public ValidationException(String code, Object... args) {
        super(code, args);
    }
}
