package io.meterhub.cabinet.connection;

import java.time.Instant;
import java.util.List;

/**
 * One message of an application's thread.
 *
 * @param number the message's registration number: the application's number and the message's place
 *               in its thread, e.g. {@code ТП-2026-000123/3}
 */
public record ApplicationMessage(long id, String number, Instant at, AuthorSide author, String authorName, String text,
                                 List<ApplicationDocument> attachments) {
}
