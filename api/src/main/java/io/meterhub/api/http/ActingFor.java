package io.meterhub.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;

import java.util.List;
import java.util.Optional;

/**
 * Which of the caller's organizations a request or an item is about: a list shows every organization the key
 * acts for (or the one its {@code organization} parameter names), an item is written into its {@code organization}
 * or, without one, the key's own. Another organization is named in the same words whether it exists or not.
 */
public final class ActingFor {
    private ActingFor() {
    }

    /** The organizations a list shows. */
    public static List<String> listed(ApiRequest request) {
        Caller caller = request.caller();
        Optional<String> named = request.query("organization");
        if (named.isEmpty()) {
            return caller.organizations();
        }
        if (!caller.actsFor(named.get())) {
            throw new ProblemException(Problems.invalid("the key does not act for this organization",
                    List.of(FieldError.parameter("organization", notYours(named.get())))));
        }
        return List.of(named.get());
    }

    /** The one organization a lookup by a key unique per organization (an account's number) is in: the parameter's or the key's own. */
    public static String one(ApiRequest request) {
        List<String> listed = request.query("organization").isPresent() ? listed(request) : List.of(request.caller().organizationId());
        return listed.get(0);
    }

    /** The organization an item is written into; an error at its {@code organization} field when the key does not act for it. */
    public static Optional<String> ofItem(Caller caller, JsonNode item, String itemPointer, List<FieldError> errors) {
        JsonNode named = item.get("organization");
        if (named == null || named.isNull()) {
            return Optional.of(caller.organizationId());
        }
        if (!caller.actsFor(named.asText())) {
            errors.add(FieldError.at(itemPointer + "/organization", notYours(named.asText())));
            return Optional.empty();
        }
        return Optional.of(named.asText());
    }

    private static String notYours(String organization) {
        return "no organization " + organization + " among those this key acts for (its own, and its sub-organizations when granted)";
    }
}
