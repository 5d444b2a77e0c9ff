package io.meterhub.cabinet.connection;

/** The names under which an application is found elsewhere: its page in the cabinet, its documents in the signature log. */
public final class ConnectionLinks {
    private ConnectionLinks() {
    }

    /** The link to an application's page for its applicant, relative to the cabinet's root. */
    public static String applicantLink(long applicationId) {
        return "connection/applications/" + applicationId;
    }

    /** The reference under which signatures of a generated contract are recorded. */
    public static String documentRef(long documentId) {
        return "connection-document:" + documentId;
    }
}
