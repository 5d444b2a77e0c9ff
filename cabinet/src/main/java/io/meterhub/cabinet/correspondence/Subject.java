package io.meterhub.cabinet.correspondence;

/** The one thing a thread is about: its kind and its id in the feature that owns it. */
public record Subject(SubjectKind kind, long id) {
    public static Subject connectionApplication(long applicationId) {
        return new Subject(SubjectKind.CONNECTION_APPLICATION, applicationId);
    }
}
