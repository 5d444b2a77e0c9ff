package io.meterhub.protocols.modbus.profile;

/** A device profile file that cannot be used; the message names the file, the register and what is wrong. */
public final class ProfileException extends IllegalArgumentException {
    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
