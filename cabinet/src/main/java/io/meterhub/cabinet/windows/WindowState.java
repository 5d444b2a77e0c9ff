package io.meterhub.cabinet.windows;

import java.time.LocalDate;

/**
 * Whether manual readings are taken today. Open: {@code openUntil} is the window's last day. Closed:
 * {@code nextFirstDay}..{@code nextLastDay} is the next window.
 */
public record WindowState(boolean open, LocalDate today, LocalDate openUntil, LocalDate nextFirstDay, LocalDate nextLastDay) {
}
