package io.meterhub.cabinet.connection;

/** A new connection, an increase of the power already connected, or a temporary connection. */
public enum ConnectionKind {
    NEW, INCREASE, TEMPORARY
}
