package io.meterhub.cabinet.connection;

/**
 * The connection feature's services as one bean for the pages: the form, documents, workflow, signing,
 * messages and queries of an application. Spring's {@code ConnectionConfiguration} wires them; callers
 * without Spring (the demo's seeder, tests) have their own composition roots.
 */
public record ConnectionFeature(ApplicationForm form, ApplicationDocuments documents, ApplicationWorkflow workflow, ApplicationSigning signing,
                                ApplicationMessages messages, ApplicationQueries queries) {
}
