package io.meterhub.protocols.modbus;

/**
 * Raised when the words read for a register do not make a value: wrong word count, NaN or an
 * infinity. The message names the register, because a poller puts it in a sample's errors as is.
 */
public final class NotAValueException extends IllegalArgumentException {
    public NotAValueException(String message) {
        super(message);
    }
}
