package org.cctvportal.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages for the fields of one form, in the order the fields appear: the GOV.UK error summary lists them so. */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public List<FieldError> list() {
        List<FieldError> list = new ArrayList<>();
        messages.forEach((field, message) -> list.add(new FieldError(field, message)));
        return list;
    }

    public Map<String, String> asMap() {
        return Map.copyOf(messages);
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    /** One message, with the id of the field it belongs to (the summary links to it). */
    public record FieldError(String field, String message) {
    }
}
