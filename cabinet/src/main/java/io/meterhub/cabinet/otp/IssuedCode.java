package io.meterhub.cabinet.otp;

import java.time.Instant;

/** A code just issued: its digits go to the person (by SMS) and nowhere else; they are not kept. */
public record IssuedCode(String code, Instant expiresAt) {
    @Override
    public String toString() {
        return "IssuedCode[code=******, expiresAt=" + expiresAt + "]";
    }
}
