/**
 * Correspondence: one thread of numbered, dated messages with attachments (checked by their bytes) per subject, such as a
 * connection application or an appeal, between the customer's side and the staff, with read marks per side.
 */
package io.meterhub.cabinet.correspondence;
