package io.meterhub.cabinet.access;

import io.meterhub.cabinet.common.CabinetException;

/**
 * The thing asked for is not the viewer's. Said the same way whether it exists or not, so that
 * trying ids tells nothing.
 */
public class AccessDeniedException extends CabinetException {
    public AccessDeniedException(String code) {
        super(code);
    }

    protected AccessDeniedException(String code, Object... args) {
        super(code, args);
    }

    public static AccessDeniedException noSuchAccount() {
        return new AccessDeniedException("access.no_such_account");
    }

    public static AccessDeniedException noSuchMeter() {
        return new AccessDeniedException("access.no_such_meter");
    }

    public static AccessDeniedException noSuchReading() {
        return new AccessDeniedException("access.no_such_reading");
    }

    public static AccessDeniedException staffOnly() {
        return new AccessDeniedException("access.staff_only");
    }
}
