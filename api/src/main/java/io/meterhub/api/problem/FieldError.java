package io.meterhub.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field of a request.
 *
 * @param pointer   where it is in the body, as a JSON pointer in a URI fragment ({@code #/items/3/registerDigits}); null for a parameter
 * @param parameter the query parameter or header it is, when it is not in the body
 * @param detail    what is wrong, in words a developer can act on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String pointer, String parameter, String detail) {

    public static FieldError at(String pointer, String detail) {
        return new FieldError(pointer, null, detail);
    }

    public static FieldError parameter(String name, String detail) {
        return new FieldError(null, name, detail);
    }

    /** A pointer of the body ({@code /a/0}) as this API writes it, a URI fragment ({@code #/a/0}). */
    public static String fragment(String jsonPointer) {
        return jsonPointer.startsWith("#") ? jsonPointer : "#" + jsonPointer;
    }
}
