package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.LondonTime;

/** A hub's week as the supervisor's page shows it, by the portal's clock: its shifts, grid and the gaps ahead. */
@ApplicationScoped
public class RotaWeeks {

    @Inject
    ShiftService shiftService;

    @Inject
    WeekGrid weekGrid;

    @Inject
    CoverageService coverage;

    @Inject
    ProfileBreaks breaks;

    @Inject
    AssignmentService assignments;

    @Inject
    Clock clock;

    /** The Monday of the week holding {@code week} (a date), or of this week by the portal's clock. */
    LocalDate monday(String week) {
        LocalDate day = RotaInputs.date(week);
        if (day == null) {
            day = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Fills the open positions of the hub's shifts in the week from {@code monday}; answers how many it filled. */
    int fill(long hubId, LocalDate monday) {
        return assignments.autoFill(hubId, monday.atStartOfDay(LondonTime.ZONE).toInstant(),
                monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant());
    }

    RotaPages.WeekView view(long hubId, LocalDate monday, FormErrors errors, long failedShift,
            Map<String, String> form, String saved) {
        HubRef hub = shiftService.myHub(hubId);
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        List<ShiftService.ShiftRow> shifts = shiftService.shifts(hubId, from, to);
        Instant now = clock.instant();
        return new RotaPages.WeekView(hub, monday, shifts, weekGrid.week(hubId, monday, shifts),
                coverage.gaps(hubId, now, now.plus(Duration.ofDays(14))), breaks.ahead(hubId), errors, failedShift, form, saved);
    }
}
