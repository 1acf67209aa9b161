package org.cctvportal.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.LondonTime;

/**
 * A hub's capacity in cameras at given instants, for the pages and dashboards: the consoles the rota staffs while an
 * operator shift covers the moment ({@link StaffedConsoles}), else the staffing plan's band in London time, else
 * every console; never more than the hub's consoles, times the cameras one operator watches. The same rule as the
 * database's {@code hub_capacity_at}, which the booking guards use.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HubCapacity {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    StaffedConsoles staffed;

    /** The hub's capacity at each instant, in the instants' order. */
    public int[] at(HubRef hub, List<Instant> instants) {
        Map<Instant, Integer> rostered = staffed.rosteredAt(hub.id(), instants);
        List<HubStaffing> plan = HubStaffing.planOf(hub.id());
        int[] capacity = new int[instants.size()];
        for (int i = 0; i < capacity.length; i++) {
            Instant at = instants.get(i);
            // The database keeps microseconds: an instant comes back as it went, to the microsecond.
            Integer consoles = rostered.get(at.truncatedTo(ChronoUnit.MICROS));
            if (consoles == null) {
                consoles = planned(plan, at);
            }
            capacity[i] = open(hub, at) ? Math.min(consoles == null ? hub.consoles() : consoles, hub.consoles())
                    * hub.camerasPerOperator() : 0;
        }
        return capacity;
    }

    /** The hub's capacity in camera-hours over [from, to): its capacity at each hour (it changes only on the hour). */
    public long cameraHours(HubRef hub, Instant from, Instant to) {
        List<Instant> hours = new ArrayList<>();
        for (Instant at = from; !at.isAfter(to.minus(HOUR)); at = at.plus(HOUR)) {
            hours.add(at);
        }
        long sum = 0;
        for (int capacity : at(hub, hours)) {
            sum += capacity;
        }
        return sum;
    }

    /** Whether the instant's London date is within the hub's opening and closing dates. */
    private static boolean open(HubRef hub, Instant at) {
        java.time.LocalDate day = at.atZone(LondonTime.ZONE).toLocalDate();
        return (hub.opensOn() == null || !day.isBefore(hub.opensOn()))
                && (hub.closesOn() == null || day.isBefore(hub.closesOn()));
    }

    /**
     * The most consoles the bands of the plan in force give at an instant (London date, weekday and hour), or null
     * with none.
     */
    private static Integer planned(List<HubStaffing> plan, Instant at) {
        ZonedDateTime local = at.atZone(LondonTime.ZONE);
        Integer most = null;
        for (HubStaffing band : HubStaffing.inForce(plan, local.toLocalDate())) {
            if (band.weekday == local.getDayOfWeek().getValue() && local.getHour() >= band.startHour
                    && local.getHour() < band.endHour) {
                most = most == null ? band.consoles : Math.max(most, band.consoles);
            }
        }
        return most;
    }
}
