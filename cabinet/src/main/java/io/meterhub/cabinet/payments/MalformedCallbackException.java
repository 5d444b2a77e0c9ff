package io.meterhub.cabinet.payments;

/** A callback whose payload is not an event the provider sends. */
public class MalformedCallbackException extends RuntimeException {
    public MalformedCallbackException(String message) {
        super(message);
    }

    public MalformedCallbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
