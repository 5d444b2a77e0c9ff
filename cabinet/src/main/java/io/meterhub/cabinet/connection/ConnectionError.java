package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.common.ValidationException;

/**
 * Why a step with a connection application was refused; each is a message key of
 * {@code connection-messages.properties}. Kept apart so that no class of the feature reaches up to a
 * service for its error codes.
 */
public enum ConnectionError {
    /** Anyone who may not see an application gets this, whether it exists or not. */
    NOT_FOUND("access.no_such_application"),
    /** An action not allowed in the current status; arguments: the action, the status. */
    NOT_ALLOWED("connection.not_allowed"),
    /** A submission lacking required data or documents; argument: the list of what is missing. */
    INCOMPLETE("connection.incomplete"),
    NO_TECHNICAL_CONDITIONS("connection.offer.no_technical_conditions"),
    REASON_REQUIRED("connection.reason_required"),
    TEXT_REQUIRED("connection.message.text_required"),
    DOCUMENT_TYPE("connection.document.type"),
    DOCUMENT_TOO_LARGE("connection.document.too_large"),
    DOCUMENT_EMPTY("connection.document.empty"),
    DOCUMENT_KIND_RESERVED("connection.document.kind_reserved"),
    CODE_SIGNING_NOT_ALLOWED("connection.sign.code_not_allowed"),
    SIGNATURE_REFUSED("connection.sign.refused"),
    NO_SUCH_ORGANIZATION("connection.no_such_organization"),
    NO_SUCH_SUPPLIER("connection.no_such_supplier"),
    NO_SUCH_APPLICANT("connection.no_such_applicant"),
    NOT_PERMITTED("connection.action_not_permitted"),
    NO_PROFILE("connection.no_profile"),
    TEXT_TOO_LONG("connection.text_too_long"),
    DOCUMENT_KIND_REQUIRED("connection.document.kind_required"),
    DOCUMENT_NOT_REMOVABLE("connection.document.not_removable"),
    NO_SUCH_DOCUMENT("connection.no_such_document"),
    PHONE_NOT_CONFIRMED("connection.sign.phone_not_confirmed"),
    TOO_MANY_ATTACHMENTS("connection.message.too_many_attachments"),
    NOT_PAPER("connection.sign.not_paper"),
    AWAITING_CONFIRMATION("connection.paper.awaiting_confirmation");

    private final String code;

    ConnectionError(String code) {
        this.code = code;
    }

    /** The message key, as {@link io.meterhub.cabinet.common.CabinetException#code()} reports it. */
    public String code() {
        return code;
    }

    /** A refused step (bad input or a rule of the workflow). */
    public ValidationException refused(Object... args) {
        return new ValidationException(code, args);
    }

    /** Not this viewer's to see or do. */
    public AccessDeniedException denied() {
        return new AccessDeniedException(code);
    }
}
