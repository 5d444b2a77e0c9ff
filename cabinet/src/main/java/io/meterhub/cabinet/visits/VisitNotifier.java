package io.meterhub.cabinet.visits;

/** Tells the customer of their visit; the cabinet sends it through its notifications (inbox, email, SMS). */
public interface VisitNotifier {
    /** The visit is tomorrow. */
    void reminder(Visit visit);

    VisitNotifier NONE = visit -> {
    };
}
