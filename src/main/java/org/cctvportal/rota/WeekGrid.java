package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cctvportal.platform.web.LondonTime;

/**
 * A hub's week as the supervisor reads it: people by days with their shifts as cells and the open positions of each
 * day, each operator's hours in the week, and for every shift with an open position the operators the
 * {@link RotaRules rules} allow on it and, for every other operator, the rule that keeps them off. Read in three
 * set-based queries whatever the number of shifts.
 */
@ApplicationScoped
public class WeekGrid {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    AssignmentService assignments;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    CoverageService coverage;

    /** An operator the rules keep off a shift, and the first rule they would break. */
    public record NotOffered(OperatorProfile operator, String reason) {
    }

    /** Who may be put on a shift, and why the others may not. */
    public record Choices(List<OperatorProfile> offered, List<NotOffered> notOffered) {
    }

    /** One operator's row: their shifts at the hub starting on each day, and their hours in the week at any hub. */
    public record PersonRow(OperatorProfile operator, List<List<String>> days, String hours, int nights) {
    }

    /** The week: day headings, a row per operator, each day's open positions and each shift's choices. */
    public record Grid(List<String> days, List<PersonRow> people, List<List<String>> open,
            Map<Long, Choices> choices) {

        public Choices choicesFor(long shiftId) {
            return choices.getOrDefault(shiftId, new Choices(List.of(), List.of()));
        }
    }

    public Grid week(long hubId, LocalDate monday, List<ShiftService.ShiftRow> rows) {
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        List<OperatorProfile> operators = operatorService.operators();
        Map<Long, List<RotaShift>> theirs = shiftService.shiftsOfAll(operators, from.minus(AssignmentService.LOOK_AROUND),
                to.plus(AssignmentService.LOOK_AROUND));
        Map<Long, Map<String, String>> watched = coverage.watched(hubId, from, to);
        RotaRules rules = assignments.rules();
        Map<Long, Choices> choices = new HashMap<>();
        for (ShiftService.ShiftRow row : rows) {
            if (row.open() > 0) {
                choices.put(row.shift().id, choices(row, operators, theirs, watched, rules));
            }
        }
        List<String> days = new ArrayList<>();
        List<List<String>> open = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            days.add(DAY.format(day));
            open.add(rows.stream().filter(r -> r.open() > 0 && r.shift().firstDay().equals(day))
                    .map(r -> times(r.shift()) + " " + r.shift().role.label().toLowerCase(Locale.UK) + ": " + r.open()
                            + " open")
                    .toList());
        }
        Map<OperatorProfile, Integer> nights = shiftService.nights(hubId, rows);
        List<PersonRow> people = new ArrayList<>();
        for (OperatorProfile operator : operators) {
            List<ShiftService.ShiftRow> on = rows.stream().filter(r -> on(r, operator)).toList();
            if (on.isEmpty() && !operator.trainedHubs.contains(hubId)) {
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                cells.add(on.stream().filter(r -> r.shift().firstDay().equals(day)).map(r -> times(r.shift())).toList());
            }
            people.add(new PersonRow(operator, cells, hours(minutes(theirs.get(operator.id), from, to)),
                    nights.getOrDefault(operator, 0)));
        }
        return new Grid(days, people, open, choices);
    }

    private static Choices choices(ShiftService.ShiftRow row, List<OperatorProfile> operators,
            Map<Long, List<RotaShift>> theirs, Map<Long, Map<String, String>> watched, RotaRules rules) {
        List<OperatorProfile> offered = new ArrayList<>();
        List<NotOffered> notOffered = new ArrayList<>();
        for (OperatorProfile operator : operators) {
            if (on(row, operator)) {
                continue;
            }
            Optional<String> broken = rules.broken(operator, row.shift(), theirs.getOrDefault(operator.id, List.of()),
                    watched.getOrDefault(row.shift().id, Map.of()));
            if (broken.isPresent()) {
                notOffered.add(new NotOffered(operator, broken.get()));
            } else {
                offered.add(operator);
            }
        }
        return new Choices(offered, notOffered);
    }

    private static boolean on(ShiftService.ShiftRow row, OperatorProfile operator) {
        return row.operators().stream().anyMatch(o -> o.id.equals(operator.id));
    }

    private static long minutes(List<RotaShift> shifts, Instant from, Instant to) {
        long minutes = 0;
        for (RotaShift s : shifts == null ? List.<RotaShift>of() : shifts) {
            Instant a = s.startsAt.isAfter(from) ? s.startsAt : from;
            Instant b = s.endsAt.isBefore(to) ? s.endsAt : to;
            if (b.isAfter(a)) {
                minutes += Duration.between(a, b).toMinutes();
            }
        }
        return minutes;
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60)
                : String.format(Locale.UK, "%d:%02d", minutes / 60, minutes % 60);
    }

    private static String times(RotaShift shift) {
        return TIME.format(shift.startsAt.atZone(LondonTime.ZONE)) + " to "
                + TIME.format(shift.endsAt.atZone(LondonTime.ZONE));
    }
}
