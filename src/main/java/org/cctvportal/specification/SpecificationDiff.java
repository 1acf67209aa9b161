package org.cctvportal.specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What changed between two versions, section by section: rules added, removed, and changed (before and after). */
public record SpecificationDiff(SpecificationVersion from, SpecificationVersion to, List<Section> sections) {

    /** One kind of change to one rule. */
    public enum Kind {
        ADDED("Added"), REMOVED("Removed"), CHANGED("Changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A rule that differs; before or after is null when it was added or removed. */
    public record Change(Kind kind, String rule, String before, String after) {
    }

    /** The changes in one section. */
    public record Section(String name, List<Change> changes) {
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    public int count() {
        return sections.stream().mapToInt(s -> s.changes().size()).sum();
    }

    /** {@code from} may be null: everything in {@code to} is then new. */
    static SpecificationDiff between(SpecificationRules from, SpecificationRules to) {
        Map<String, Map<String, String>> before = from == null ? Map.of() : from.comparable();
        List<Section> sections = new ArrayList<>();
        to.comparable().forEach((name, after) -> {
            Map<String, String> old = before.getOrDefault(name, Map.of());
            List<Change> changes = new ArrayList<>();
            after.forEach((rule, text) -> {
                if (!old.containsKey(rule)) {
                    changes.add(new Change(Kind.ADDED, rule, null, text));
                } else if (!old.get(rule).equals(text)) {
                    changes.add(new Change(Kind.CHANGED, rule, old.get(rule), text));
                }
            });
            old.forEach((rule, text) -> {
                if (!after.containsKey(rule)) {
                    changes.add(new Change(Kind.REMOVED, rule, text, null));
                }
            });
            if (!changes.isEmpty()) {
                sections.add(new Section(name, changes));
            }
        });
        return new SpecificationDiff(from == null ? null : from.version(), to.version(), sections);
    }
}
