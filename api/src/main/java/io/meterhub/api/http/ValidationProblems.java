package io.meterhub.api.http;

import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.Problem;
import io.meterhub.api.problem.Problems;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The router's refusals of a request that does not follow the contract, as problems naming each bad
 * field: a body field by its JSON pointer, a parameter or header by its name.
 */
final class ValidationProblems {
    private static final Pattern PARAMETER = Pattern.compile("(query|header|path|cookie) parameter (\\S+?)[.:,]?(\\s|$)");
    private static final int MAX_ERRORS = 50;

    private ValidationProblems() {
    }

    static Problem of(ValidatorException e) {
        String message = e.getMessage() == null ? "the request does not follow the contract" : e.getMessage();
        Matcher parameter = PARAMETER.matcher(message);
        if (parameter.find()) {
            return Problems.invalid(message, List.of(FieldError.parameter(parameter.group(2), message)));
        }
        if (e instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
            return Problems.invalid("the body does not follow the contract's schema", bodyErrors(schema.getOutputUnit(), message));
        }
        return Problems.invalid(message, List.of(FieldError.at("#", message)));
    }

    /**
     * The innermost errors, one per field (the first message for it), at most 50: a list a developer reads.
     * "#/items does not match" beside "#/items/3/installedOn does not match" says nothing more, so a field
     * whose own fields are named is left out.
     */
    private static List<FieldError> bodyErrors(OutputUnit root, String fallback) {
        Map<String, Detail> byField = new LinkedHashMap<>();
        collect(root, byField);
        List<FieldError> errors = new ArrayList<>();
        byField.forEach((pointer, detail) -> {
            boolean inner = byField.keySet().stream().anyMatch(other -> other.startsWith(pointer + "/"));
            if (!inner && errors.size() < MAX_ERRORS) {
                errors.add(FieldError.at(FieldError.fragment(pointer), detail.text()));
            }
        });
        return errors.isEmpty() ? List.of(FieldError.at("#", fallback)) : errors;
    }

    /** Which rule of the schema failed ("format", "type", "additionalProperties"...), when the message does not say. */
    private static String rule(OutputUnit unit) {
        String keyword = unit.getKeywordLocation();
        if (keyword == null || keyword.isEmpty()) {
            return "";
        }
        String last = keyword.substring(keyword.lastIndexOf('/') + 1);
        return unit.getError().contains(last) ? "" : " (schema rule: " + last + ")";
    }

    private record Detail(String text, String keyword) {
    }

    private static void collect(OutputUnit unit, Map<String, Detail> byField) {
        List<OutputUnit> children = unit.getErrors();
        if (children == null || children.isEmpty()) {
            if (unit.getError() != null) {
                String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation();
                String pointer = location.startsWith("#") ? location.substring(1) : location;
                String keyword = unit.getKeywordLocation() == null ? "" : unit.getKeywordLocation();
                // of two errors at one field, the one of the deeper rule says what is wrong ("Expected integer"), not where
                Detail known = byField.get(pointer);
                if (known == null || keyword.length() > known.keyword().length()) {
                    byField.put(pointer, new Detail(unit.getError() + rule(unit), keyword));
                }
            }
            return;
        }
        children.forEach(child -> collect(child, byField));
    }
}
