package io.meterhub.cabinet.common;

/**
 * One open transaction, as the cabinet's services hand it to the repositories: what the work of
 * {@link Transactions} runs in. Opaque, so the cabinet speaks no JDBC; only the implementation that
 * opened it looks inside.
 */
public interface Tx {
}
