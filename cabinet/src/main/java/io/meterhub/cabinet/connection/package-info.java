/**
 * Grid connection applications (Decree 861): the applicant's form and drafts, documents, the grid company's workflow with
 * deadlines, signing, the thread, and who may see what; {@link io.meterhub.cabinet.connection.ConnectionApplication} owns the transitions.
 */
package io.meterhub.cabinet.connection;
