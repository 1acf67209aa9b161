package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cctvportal.monitoring.AvonHubDemo;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Avon and Somerset's control-room staff at the Bristol hub, seeded through the rota's services as Thames Valley's
 * are: profiles for the realm's as-control.supervisor and as-control.operator, next week's earlies filled by the
 * auto-fill, one shift offered to anyone, and a live and a revoked wall screen. The other partnership's rota records
 * are then real ids that Thames Valley's hub staff ask for in the isolation tests, and never reach. Idempotent.
 */
@ApplicationScoped
public class AvonRotaDemo implements DemoSeed {

    static final String PARTNERSHIP = "avon-somerset";

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorProfileService profiles;

    @Inject
    AssignmentService assignments;

    @Inject
    SwapService swaps;

    @Inject
    WallScreenService wallScreens;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "avon-rota";
    }

    @Override
    public Set<String> after() {
        return Set.of("avon-hub", "people");
    }

    @Override
    public void seed() {
        List<HubRef> hubs = as(() -> OperatorProfile.count() > 0 ? List.<HubRef>of() : shiftService.myHubs());
        HubRef hub = hubs.stream().filter(h -> h.name().equals(AvonHubDemo.HUB)).findFirst().orElse(null);
        if (hub == null) {
            return;
        }
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        Set<String> served = new TreeSet<>(hub.servedPartners());
        profile("as-control.supervisor", today.plusYears(1), hub.id(), served, true);
        profile("as-control.operator", today.plusMonths(9), hub.id(), served, false);
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        as(() -> shiftService.applyTemplate(hub.id(), ShiftService.Template.EARLIES, monday, monday.plusDays(6),
                RotaShift.Role.OPERATOR, 1));
        as(() -> assignments.autoFill(hub.id(), from, to));
        as(() -> {
            shiftService.shifts(hub.id(), from, to).stream().filter(r -> !r.operators().isEmpty()).findFirst()
                    .ifPresent(r -> swaps.offer(r.shift().id, r.operators().get(0), null));
            return null;
        });
        as(() -> wallScreens.revoke(wallScreens.start(hub.id(), "Bristol control room, old screen").screen().id));
        as(() -> wallScreens.start(hub.id(), "Bristol control room, main wall"));
    }

    private void profile(String user, LocalDate expires, long hub, Set<String> cleared, boolean canSupervise) {
        as(() -> {
            PersonRef person = profiles.peopleWithoutProfile().stream()
                    .filter(p -> p.email().equalsIgnoreCase(user + RotaDemo.MAIL)).findFirst().orElse(null);
            if (person == null) {
                return null;
            }
            String licence = String.format("%016d", 1013_0000_0000_0000L + Math.abs(person.name().hashCode()
                    % 100_000_000));
            return profiles.create(new OperatorProfileService.Form(person.id().toString(), licence,
                    expires.toString(), "38", new TreeSet<>(Set.of(String.valueOf(hub))), cleared, canSupervise,
                    "0"));
        });
    }

    private <T> T as(Supplier<T> work) {
        return unattended.forPartner(AvonHubDemo.OPERATOR, PARTNERSHIP, work);
    }
}
