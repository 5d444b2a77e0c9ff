package io.meterhub.cabinet;

import io.meterhub.cabinet.common.CabinetException;

/** For asserting on a refusal's code and message in the reader's language. */
public final class Refusals {
    private Refusals() {
    }

    /** The refusal the call ends with; fails the test when the call goes through. */
    public static CabinetException refusal(Runnable call) {
        try {
            call.run();
        } catch (CabinetException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
