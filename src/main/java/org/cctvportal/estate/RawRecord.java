package org.cctvportal.estate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record's values as typed: from a form, a JSON body or an import row, keyed by field. A field that is absent
 * leaves an existing record's value as it is; a field that is present but blank clears it.
 */
public final class RawRecord {

    private final Map<String, String> values;

    private RawRecord(Map<String, String> values) {
        this.values = values;
    }

    public static RawRecord of(Map<String, String> values) {
        return new RawRecord(new LinkedHashMap<>(values));
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The value, trimmed; null when blank or absent. */
    public String get(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
