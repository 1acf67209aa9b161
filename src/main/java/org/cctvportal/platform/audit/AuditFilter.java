package org.cctvportal.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cctvportal.platform.web.LondonTime;

/**
 * What the audit trail is narrowed to: the person (any case), the action, the record's kind and identifier, the
 * days (UK time, both included) and, for the PCC office, one partner. A null narrows nothing.
 */
public record AuditFilter(String person, String action, String kind, String record, LocalDate from, LocalDate to,
        String partner) {

    /** The first instant included: the start of the from day in London. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(LondonTime.ZONE).toInstant();
    }

    /** The first instant no longer included: the start of the day after the to day in London. */
    public Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }

    /** In words, for the export's own audit event. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "person", person);
        add(parts, "action", action);
        add(parts, "kind", kind);
        add(parts, "record", record);
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "partner", partner);
        return parts.isEmpty() ? "no filter" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }
}
