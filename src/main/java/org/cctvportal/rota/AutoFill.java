package org.cctvportal.rota;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auto-fill's choices, as pure logic over what the service read: the period's shifts earliest first (as the
 * service lists them: by start, then role), each open position to the candidate who keeps every rule and has (for a night) the fewest nights, then the fewest hours, in
 * the period. Answers the picks; the service stores them.
 */
public final class AutoFill {

    /** An operator put on a shift. */
    public record Pick(RotaShift shift, OperatorProfile operator) {
    }

    private AutoFill() {
    }

    /**
     * @param theirs  each candidate's shifts around the period (changed: the picks are added)
     * @param watched the partners watched during each shift, by shift id
     */
    public static List<Pick> plan(List<ShiftService.ShiftRow> rows, List<OperatorProfile> candidates,
            Map<Long, List<RotaShift>> theirs, Map<Long, Map<String, String>> watched, Instant from, Instant to,
            RotaRules rules) {
        Map<Long, Integer> nights = new HashMap<>();
        Map<Long, Long> minutes = new HashMap<>();
        for (OperatorProfile operator : candidates) {
            for (RotaShift s : theirs.get(operator.id)) {
                if (!s.startsAt.isBefore(from) && s.startsAt.isBefore(to)) {
                    count(s, operator.id, nights, minutes);
                }
            }
        }
        List<Pick> picks = new ArrayList<>();
        for (ShiftService.ShiftRow row : rows) {
            RotaShift shift = row.shift();
            Map<String, String> partners = watched.getOrDefault(shift.id, Map.of());
            List<Long> on = new ArrayList<>(row.operators().stream().map(o -> o.id).toList());
            for (int open = row.open(); open > 0; open--) {
                Comparator<OperatorProfile> order = Comparator.comparingLong(o -> minutes.getOrDefault(o.id, 0L));
                if (shift.isNight()) {
                    order = Comparator.<OperatorProfile>comparingInt(o -> nights.getOrDefault(o.id, 0))
                            .thenComparing(order);
                }
                Optional<OperatorProfile> pick = candidates.stream().filter(o -> !on.contains(o.id))
                        .sorted(order.thenComparing(o -> o.id))
                        .filter(o -> rules.broken(o, shift, theirs.get(o.id), partners).isEmpty()).findFirst();
                if (pick.isEmpty()) {
                    break;
                }
                OperatorProfile operator = pick.get();
                picks.add(new Pick(shift, operator));
                theirs.get(operator.id).add(shift);
                count(shift, operator.id, nights, minutes);
                on.add(operator.id);
            }
        }
        return picks;
    }

    private static void count(RotaShift shift, long operatorId, Map<Long, Integer> nights, Map<Long, Long> minutes) {
        if (shift.isNight()) {
            nights.merge(operatorId, 1, Integer::sum);
        }
        minutes.merge(operatorId, shift.length().toMinutes(), Long::sum);
    }
}
