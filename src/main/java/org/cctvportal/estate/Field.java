package org.cctvportal.estate;

import java.util.List;
import java.util.Optional;

/**
 * One field of an estate record: its key in forms and JSON, its column in CSV files, and the label people read.
 * Import headers match any of the three, ignoring case, spaces and punctuation.
 */
public record Field(String key, String column, String label) {

    public static Optional<Field> forHeader(List<Field> fields, String header) {
        String folded = Names.key(header);
        return fields.stream().filter(f -> Names.key(f.key()).equals(folded) || Names.key(f.column()).equals(folded)
                || Names.key(f.label()).equals(folded)).findFirst();
    }
}
