package org.cctvportal.platform.audit;

import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cctvportal.platform.web.FormErrors;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit trail's filters as sent, shared by the page, its export and the API; blank ones narrow nothing. */
public class AuditQuery {

    static final int MAX_TEXT = 200;

    @QueryParam("person")
    @Parameter(description = "The username of the person who made the change (any case), or system")
    public String person;

    @QueryParam("action")
    @Parameter(description = "The action exactly as the trail names it, for example camera.updated")
    public String action;

    @QueryParam("kind")
    @Parameter(description = "The kind of record changed, exactly as the trail names it, for example camera")
    public String kind;

    @QueryParam("record")
    @Parameter(description = "The changed record's identifier (its id, or reference) as the trail shows it")
    public String record;

    @QueryParam("from")
    @Parameter(description = "The first day to include (YYYY-MM-DD), in UK time")
    public String from;

    @QueryParam("to")
    @Parameter(description = "The last day to include (YYYY-MM-DD), in UK time")
    public String to;

    @QueryParam("partner")
    @Parameter(description = "For the PCC office: one partner's trail (its id); every partner's when blank")
    public String partner;

    /** The filter these values ask for, or each problem added to {@code errors} (then the filter is not used). */
    public AuditFilter read(FormErrors errors) {
        LocalDate first = date(from, "from", errors);
        LocalDate last = date(to, "to", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "The to date must be the same as or after the from date");
        }
        return new AuditFilter(text(person, "person", errors), text(action, "action", errors),
                text(kind, "kind", errors), text(record, "record", errors), first, last,
                text(partner, "partner", errors));
    }

    /** The values as sent, for the form to show again. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person", orEmpty(person));
        values.put("action", orEmpty(action));
        values.put("kind", orEmpty(kind));
        values.put("record", orEmpty(record));
        values.put("from", orEmpty(from));
        values.put("to", orEmpty(to));
        values.put("partner", orEmpty(partner));
        return values;
    }

    /** The filters as a query string without the page ({@code person=...&action=...}), for links and the export. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        values().forEach((key, value) -> {
            if (!value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(key).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static String text(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            errors.add(field, "The " + field + " must be " + MAX_TEXT + " characters or fewer");
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "The " + field + " date must be a real date, for example 2026-11-30");
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
