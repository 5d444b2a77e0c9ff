package io.meterhub.cabinet.connection;

/**
 * Step 2: the object to connect.
 *
 * @param cadastralNumber NN:NN:NNNNNNN:NNN (the quarter may have 6 or 7 digits, the plot 1 to 7)
 */
public record ObjectStep(String address, String cadastralNumber, ObjectKind kind) {
}
