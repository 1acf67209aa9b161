package org.cctvportal.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cctvportal.monitoring.HubRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;

/**
 * Oxford Direct Services' control-room staff and next week's rota, seeded on the local stack only through the rota
 * service: fourteen operators (ods.operator and ods.supervisor among them, one licence expiring in three weeks, two
 * trained for one hub only, one not cleared for Cherwell's cameras, two allowed to supervise), Oxford's earlies, lates
 * and nights, a supervisor on Oxford's earlies and Milton Keynes' earlies next week, filled by the auto-fill with a
 * few positions left open; a swap waiting for the supervisor and a shift offered to anyone at Oxford. Milton Keynes'
 * evenings and nights stay on its staffing plan. Idempotent.
 */
@ApplicationScoped
public class RotaDemo implements DemoSeed {

    static final String PARTNERSHIP = "thames-valley";
    static final String OPERATOR = "tv-ods";
    static final List<String> NAMES = List.of("Aisha Khan", "Ben Walker", "Chloe Evans", "Daniel Okafor",
            "Emma Hughes", "Farhan Ali", "Grace Turner", "Harry Patel", "Isla Murphy", "Jack Robinson",
            "Katie Lewis", "Liam O'Connor");

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

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
        return "rota";
    }

    @Override
    public Set<String> after() {
        return Set.of("monitoring");
    }

    @Override
    public void seed() {
        List<HubRef> hubs = as(() -> OperatorProfile.count() > 0 ? List.<HubRef>of() : shiftService.myHubs());
        if (hubs.size() < 2) {
            return;
        }
        HubRef mk = hubs.stream().filter(h -> h.name().startsWith("Milton")).findFirst().orElse(hubs.get(0));
        HubRef oxford = hubs.stream().filter(h -> h.name().startsWith("Oxford")).findFirst().orElse(hubs.get(1));
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        Set<Long> both = Set.of(mk.id(), oxford.id());
        Set<String> served = new TreeSet<>(mk.servedPartners());
        served.addAll(oxford.servedPartners());
        profile("ods.operator", "Sam Osei", today.plusYears(2), both, served, false);
        profile("ods.supervisor", "Rachel Green", today.plusYears(1), both, served, true);
        for (int i = 0; i < NAMES.size(); i++) {
            Set<Long> trained = i == 3 ? Set.of(mk.id()) : i == 7 ? Set.of(oxford.id()) : both;
            Set<String> cleared = new TreeSet<>(served);
            if (i == 9) {
                cleared.remove("tv-cherwell");
            }
            profile(null, NAMES.get(i), i == 0 ? today.plusWeeks(3) : today.plusMonths(6 + i * 2), trained, cleared,
                    i == 6);
        }
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        as(() -> {
            for (ShiftService.Template template : ShiftService.Template.values()) {
                shiftService.applyTemplate(oxford.id(), template, monday, sunday, RotaShift.Role.OPERATOR, 2);
            }
            shiftService.applyTemplate(oxford.id(), ShiftService.Template.EARLIES, monday, sunday,
                    RotaShift.Role.SUPERVISOR, 1);
            shiftService.applyTemplate(mk.id(), ShiftService.Template.EARLIES, monday, sunday,
                    RotaShift.Role.OPERATOR, 2);
            return null;
        });
        var from = monday.atStartOfDay(LondonTime.ZONE).toInstant();
        var to = monday.plusWeeks(1).atStartOfDay(LondonTime.ZONE).toInstant();
        as(() -> assignments.autoFill(oxford.id(), from, to) + assignments.autoFill(mk.id(), from, to));
        // Leave Wednesday's late and Saturday's night at Oxford a position short, for the supervisor to fill.
        as(() -> {
            for (ShiftService.ShiftRow row : shiftService.shifts(oxford.id(), from, to)) {
                boolean open = (row.shift().firstDay().equals(monday.plusDays(2))
                        && row.shift().startsAt.atZone(LondonTime.ZONE).getHour() == 15)
                        || (row.shift().firstDay().equals(monday.plusDays(5)) && row.shift().isNight());
                if (open && !row.operators().isEmpty()) {
                    assignments.unassign(row.shift().id, row.operators().get(0).id);
                }
            }
            return null;
        });
        as(() -> swaps(oxford, from, to));
        // Two wall screens at Oxford, one live and one revoked, for the supervisor's list. Nobody holds their secrets.
        as(() -> wallScreens.revoke(wallScreens.start(oxford.id(), "Oxford control room, old screen").screen().id));
        as(() -> wallScreens.start(oxford.id(), "Oxford control room, left wall"));
    }

    /**
     * A colleague's place on one of next week's Oxford shifts offered to another (waiting for the supervisor), and a
     * shift offered to anyone: the first pair of operators the rules allow.
     */
    private Void swaps(HubRef oxford, java.time.Instant from, java.time.Instant to) {
        List<ShiftService.ShiftRow> rows = shiftService.shifts(oxford.id(), from, to).stream()
                .filter(r -> r.shift().role == RotaShift.Role.OPERATOR && !r.operators().isEmpty()).toList();
        boolean pending = false;
        for (ShiftService.ShiftRow row : rows) {
            OperatorProfile giver = row.operators().get(0);
            if (giver.username != null) {
                continue;
            }
            if (!pending) {
                for (OperatorProfile taker : operatorService.operators()) {
                    if (taker.username == null && !row.operators().contains(taker)
                            && assignments.broken(taker, row.shift()).isEmpty()) {
                        swaps.offer(row.shift().id, giver, taker.id);
                        pending = true;
                        break;
                    }
                }
            } else {
                swaps.offer(row.shift().id, giver, null);
                return null;
            }
        }
        return null;
    }

    private void profile(String username, String name, LocalDate expires, Set<Long> hubs, Set<String> cleared,
            boolean canSupervise) {
        as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.username = username;
            profile.fullName = name;
            profile.siaLicence = String.format("%016d", 1013_0000_0000_0000L + Math.abs(name.hashCode() % 100_000_000));
            profile.siaExpires = expires;
            profile.contractedHours = username == null ? 40 : 37;
            profile.trainedHubs = new TreeSet<>(hubs);
            profile.clearedPartners = new TreeSet<>(cleared);
            profile.canSupervise = canSupervise;
            return operatorService.addOperator(profile);
        });
    }

    private <T> T as(Supplier<T> work) {
        return unattended.forPartner(OPERATOR, PARTNERSHIP, work);
    }
}
