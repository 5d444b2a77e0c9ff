package io.meterhub.ingest.modbus;

/** The device did not answer at all (connection refused or lost, timeout), as opposed to answering an exception. */
public final class DeviceUnreachableException extends Exception {
    public DeviceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
