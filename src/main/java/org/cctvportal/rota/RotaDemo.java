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
import org.cctvportal.people.PersonRef;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;
import org.jboss.logging.Logger;

/**
 * Oxford Direct Services' control-room staff and next week's rota, seeded on the local stack only through the rota's
 * services: a profile, made as a supervisor makes one, for each of fourteen of its people (the realm's ods.operator,
 * ods.supervisor and twelve colleagues; one licence expiring in three weeks, two trained for one hub only, one not
 * cleared for Cherwell's cameras, two allowed to supervise), Oxford's earlies, lates and nights, a supervisor on
 * Oxford's earlies and Milton Keynes' earlies next week, filled by the auto-fill with a few positions left open; a
 * swap waiting for the supervisor and a shift offered to anyone at Oxford; one colleague's licence then recorded as
 * expiring next Thursday, which breaks their later shifts that week. Milton Keynes' evenings and nights stay on its
 * staffing plan. Idempotent.
 */
@ApplicationScoped
public class RotaDemo implements DemoSeed {

    private static final Logger LOG = Logger.getLogger(RotaDemo.class);

    static final String PARTNERSHIP = "thames-valley";
    static final String OPERATOR = "tv-ods";
    /** The realm's control-room staff besides the two demo sign-ins, by their people's e-mail addresses. */
    static final List<String> STAFF = List.of("aisha.khan", "ben.walker", "chloe.evans", "daniel.okafor",
            "emma.hughes", "farhan.ali", "grace.turner", "harry.patel", "isla.murphy", "jack.robinson",
            "katie.lewis", "liam.oconnor");
    static final String MAIL = "@demo.cctv-portal.test";
    /** The demo's sign-ins, whose own shifts the seeded swaps leave alone. */
    static final Set<String> SIGNED_IN = Set.of("Sam Osei", "Rachel Green");

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

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
        return "rota";
    }

    @Override
    public Set<String> after() {
        return Set.of("monitoring", "people");
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
        profile("ods.operator", today.plusYears(2), both, served, false);
        profile("ods.supervisor", today.plusYears(1), both, served, true);
        for (int i = 0; i < STAFF.size(); i++) {
            Set<Long> trained = i == 3 ? Set.of(mk.id()) : i == 7 ? Set.of(oxford.id()) : both;
            Set<String> cleared = new TreeSet<>(served);
            if (i == 9) {
                cleared.remove("tv-cherwell");
            }
            profile("ods." + STAFF.get(i), i == 0 ? today.plusWeeks(3) : today.plusMonths(6 + i * 2), trained, cleared,
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
        as(() -> lapse(oxford, from, to, monday.plusDays(3)));
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
            if (SIGNED_IN.contains(giver.fullName)) {
                continue;
            }
            if (!pending) {
                for (OperatorProfile taker : operatorService.operators()) {
                    if (!SIGNED_IN.contains(taker.fullName) && !row.operators().contains(taker)
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

    /**
     * A colleague whose licence renewal did not come through: the supervisor records the earlier expiry (next
     * Thursday), and their Oxford shifts after it stay rostered, shown as broken on the rota and the hub dashboard
     * until someone else is found. The first rostered operator after that day who is neither a demo sign-in nor in a
     * waiting swap.
     */
    private Void lapse(HubRef oxford, java.time.Instant from, java.time.Instant to, LocalDate expires) {
        Set<Long> swapping = new TreeSet<>();
        RotaSwap.<RotaSwap>listAll().forEach(swap -> {
            swapping.add(swap.giverId);
            if (swap.takerId != null) {
                swapping.add(swap.takerId);
            }
        });
        for (ShiftService.ShiftRow row : shiftService.shifts(oxford.id(), from, to)) {
            for (OperatorProfile operator : row.shift().firstDay().isAfter(expires) ? row.operators()
                    : List.<OperatorProfile>of()) {
                if (!SIGNED_IN.contains(operator.fullName) && !swapping.contains(operator.id)) {
                    profiles.update(operator.id, new OperatorProfileService.Form(null, operator.siaLicence,
                            expires.toString(), Integer.toString(operator.contractedHours),
                            new TreeSet<>(operator.trainedHubs.stream().map(String::valueOf).toList()),
                            new TreeSet<>(operator.clearances.keySet()), operator.canSupervise,
                            Integer.toString(operator.version)));
                    return null;
                }
            }
        }
        return null;
    }

    /** A profile made as a supervisor makes one, for the person of the realm's account {@code user}. */
    private void profile(String user, LocalDate expires, Set<Long> hubs, Set<String> cleared, boolean canSupervise) {
        as(() -> {
            PersonRef person = profiles.peopleWithoutProfile().stream()
                    .filter(p -> p.email().equalsIgnoreCase(user + MAIL)).findFirst().orElse(null);
            if (person == null) {
                LOG.warnf("Demo operator profile not made: no person for %s", user);
                return null;
            }
            String licence = String.format("%016d", 1013_0000_0000_0000L + Math.abs(person.name().hashCode()
                    % 100_000_000));
            return profiles.create(new OperatorProfileService.Form(person.id().toString(), licence,
                    expires.toString(), SIGNED_IN.contains(person.name()) ? "37" : "40",
                    new TreeSet<>(hubs.stream().map(String::valueOf).toList()), cleared, canSupervise, "0"));
        });
    }

    private <T> T as(Supplier<T> work) {
        return unattended.forPartner(OPERATOR, PARTNERSHIP, work);
    }
}
