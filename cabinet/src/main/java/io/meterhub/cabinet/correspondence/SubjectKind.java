package io.meterhub.cabinet.correspondence;

/** What a thread is about. */
public enum SubjectKind {
    CONNECTION_APPLICATION, APPEAL
}
