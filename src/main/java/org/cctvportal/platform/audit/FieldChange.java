package org.cctvportal.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field of a record before and after a change, as people read it (labels, not column names). */
public record FieldChange(String field, String before, String after) {

    /** The fields whose shown value differs between two descriptions of the same record (same keys, same order). */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }

    /** Every field of a new record, as a change from nothing. */
    public static List<FieldChange> created(Map<String, String> after) {
        return between(Map.of(), after);
    }
}
