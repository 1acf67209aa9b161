package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shifts ahead that operators' profiles now break: someone rostered whose licence expires before the shift (by the
 * portal's clock), whose clearance for a partner watched then was removed, who is no longer trained for the hub or
 * whose profile has ended. Each is named by the same rule as the rota's drop-downs, so the two never disagree.
 * What the rota page and the hub dashboard show; the shifts stay rostered until a supervisor changes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProfileBreaks {

    /** How far ahead the rota is read: beyond a year nobody is rostered. */
    static final Duration AHEAD = Duration.ofDays(366);

    /** One operator on one shift that their profile no longer allows. */
    public record Broken(long shiftId, String shift, long operatorId, String operator, String rule,
            String weekHref) {
    }

    @Inject
    ShiftService shiftService;

    @Inject
    CoverageService coverage;

    @Inject
    Clock clock;

    /** Every shift at the caller's hub ending after now that a profile breaks, earliest first. */
    public List<Broken> ahead(long hubId) {
        shiftService.myHub(hubId);
        Instant now = clock.instant();
        List<ShiftService.ShiftRow> rows = shiftService.shifts(hubId, now.minus(Duration.ofDays(1)), now.plus(AHEAD));
        Map<Long, Map<String, String>> watched = coverage.watched(hubId, now.minus(Duration.ofDays(1)),
                now.plus(AHEAD));
        List<Broken> broken = new ArrayList<>();
        for (ShiftService.ShiftRow row : rows) {
            if (!row.shift().endsAt.isAfter(now)) {
                continue;
            }
            for (OperatorProfile operator : row.operators()) {
                Optional<String> rule = RotaRules.brokenByProfile(operator, row.shift(),
                        watched.getOrDefault(row.shift().id, Map.of()));
                String week = RotaLinks.rotaWeek(hubId, row.shift().firstDay()
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                rule.ifPresent(r -> broken.add(new Broken(row.shift().id, row.shift().label(), operator.id,
                        operator.fullName, r, week)));
            }
        }
        return broken;
    }
}
