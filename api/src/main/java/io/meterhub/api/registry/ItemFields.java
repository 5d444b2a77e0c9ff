package io.meterhub.api.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Fields of a validated JSON item as the registry's forms take them: absent and null are both "not given". */
final class ItemFields {
    private ItemFields() {
    }

    static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static Integer number(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || !value.canConvertToInt() ? null : value.intValue();
    }

    /** The contract says "format: date", which the router does not assert: a wrong date is the item's problem, not the request's. */
    static LocalDate date(JsonNode item, String field, String itemPointer, List<FieldError> errors) {
        String text = text(item, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.at(itemPointer + "/" + field, "\"" + text + "\" is not a date of the form 2026-11-23"));
            return null;
        }
    }
}
