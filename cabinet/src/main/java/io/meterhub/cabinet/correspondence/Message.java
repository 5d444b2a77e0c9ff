package io.meterhub.cabinet.correspondence;

import java.time.Instant;
import java.util.List;

/**
 * One message of a thread.
 *
 * @param seq    its place in the thread: 1, 2, ...
 * @param number the subject's number and the place, e.g. {@code ТП-2026-000123/3}
 */
public record Message(long id, int seq, String number, Instant at, Side side, String authorName, String text, List<Attachment> attachments) {
}
