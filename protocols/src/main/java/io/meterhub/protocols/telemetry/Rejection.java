package io.meterhub.protocols.telemetry;

/**
 * An item of a document that could not be accepted.
 *
 * @param pointer JSON pointer of the item inside its document ({@code ""} for the whole document)
 * @param reason  what is wrong, in words an integrator can act on
 * @param item    the offending item as JSON text
 */
public record Rejection(String pointer, String reason, String item) {
}
