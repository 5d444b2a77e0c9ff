package io.meterhub.cabinet.connection;

/** Who wrote a message or uploaded a document: the applicant's side or the staff (grid company or supplier). */
public enum AuthorSide {
    APPLICANT, STAFF
}
