package org.cctvportal.rota;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.cctvportal.platform.web.ApiBodies;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/** The rota API's bodies: what each operation takes, and a shift's fields read with the pages' messages. */
public final class ShiftInputs {

    private ShiftInputs() {
    }

    /** One shift: start and end as London local times ("2027-05-04T07:00"), role OPERATOR or SUPERVISOR. */
    public record ShiftInput(String startsAt, String endsAt, String role, Integer positions) {
    }

    /** A pattern (EARLIES, LATES, NIGHTS) laid on every day from first to last (dates as 2027-05-03). */
    public record PatternInput(String template, String first, String last, String role, Integer positions) {
    }

    /** The week to fill: any day of it, as 2027-05-03. */
    public record WeekInput(String week) {
    }

    /** The operator to put on or take off a shift. */
    public record OperatorChoice(Long operatorId) {
    }

    /** A shift's times, role and positions as sent. */
    record Fields(Instant startsAt, Instant endsAt, RotaShift.Role role, int positions) {
    }

    /** The shift's fields from a body, each one at fault named in {@code errors}. */
    static Fields fields(JsonNode in, FormErrors errors) {
        Instant from = localTime(in, "startsAt", errors);
        Instant to = localTime(in, "endsAt", errors);
        RotaShift.Role role = RotaInputs.choice(RotaShift.Role.class, ApiBodies.text(in, "role"));
        if (role == null) {
            errors.add("role", "Choose a role");
        }
        int positions = RotaInputs.number(ApiBodies.text(in, "positions"));
        if (positions < 1) {
            errors.add("positions", "Enter the positions as a whole number, 1 or more");
        }
        return new Fields(from, to, role, positions);
    }

    private static Instant localTime(JsonNode in, String field, FormErrors errors) {
        try {
            return java.time.LocalDateTime.parse(ApiBodies.text(in, field)).atZone(LondonTime.ZONE).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(field, "Enter a date and time, such as 2027-05-04T07:00");
            return null;
        }
    }
}
