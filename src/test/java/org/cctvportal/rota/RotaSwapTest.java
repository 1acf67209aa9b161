package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.platform.audit.AuditService;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The rules on the shift's role and on partner clearances, and swaps and open shifts: checked when asked for and again
 * at approval against the rota as it is then, one approval only where two would break a rule, every step audited.
 */
@QuarkusTest
class RotaSwapTest {

    private static final int YEAR = TestClock.today().getYear() + 2;

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
    SwapApprovalService approvals;

    @Inject
    AuditService audit;

    private <T> T as(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner("tv-ods", "thames-valley", work);
        } finally {
            context.terminate();
        }
    }

    private OperatorProfile operator(long hub, Set<String> cleared, boolean canSupervise) {
        return as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = String.format("%016d", System.nanoTime() % 10_000_000_000_000_000L);
            profile.siaExpires = LocalDate.of(YEAR + 1, 1, 1);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            profile.clearFor(new TreeSet<>(cleared), java.time.LocalDate.of(2026, 1, 1));
            profile.canSupervise = canSupervise;
            return TestOperators.add(operatorService, profile, "Swap Operator " + System.nanoTime());
        });
    }

    private OperatorProfile operator(long hub) {
        return operator(hub, Set.of("tv-oxford-city"), false);
    }

    private long shift(long hub, LocalDate day, String start, String end, RotaShift.Role role, int positions) {
        ZonedDateTime from = ZonedDateTime.of(day, LocalTime.parse(start), LondonTime.ZONE);
        LocalTime endTime = LocalTime.parse(end);
        ZonedDateTime to = ZonedDateTime.of(endTime.isAfter(from.toLocalTime()) ? day : day.plusDays(1), endTime,
                LondonTime.ZONE);
        return as(() -> shiftService.addShift(hub, from.toInstant(), to.toInstant(), role, positions).id);
    }

    private long shift(long hub, LocalDate day, String start, String end) {
        return shift(hub, day, start, end, RotaShift.Role.OPERATOR, 2);
    }

    private void assign(long shift, OperatorProfile operator) {
        as(() -> assignments.assign(shift, operator.id));
    }

    private static String refusal(Runnable change) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, change::run);
        return refused.errors().list().get(0).message();
    }

    private List<Long> on(long shift) {
        return as(() -> RotaAssignment.<RotaAssignment>list("shiftId", shift).stream().map(a -> a.operatorId).sorted()
                .toList());
    }

    @Test
    void aSupervisorPositionNeedsAnOperatorAllowedToSupervise() {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 5, 4), "07:00", "15:00", RotaShift.Role.SUPERVISOR, 1);
        OperatorProfile operator = operator(hub);
        String message = refusal(() -> assign(shift, operator));
        assertTrue(message.startsWith("Supervisor role:"), message);
        assertTrue(message.contains("07:00 to 15:00"), message);
        assign(shift, operator(hub, Set.of(), true));
    }

    @Test
    void anOperatorMustBeClearedForEveryPartnerWatchedDuringTheShift() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate day = TestClock.today().plusMonths(4);
        long shift = shift(hub, day, "10:00", "18:00");
        assign(shift, operator(hub, Set.of("tv-oxford-city"), false));
        long booking = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Clearance group", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 4), "recurrence", "ONE_OFF", "startsAt",
                        day + "T12:00", "endsAt", day + "T14:00", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);
        OperatorProfile notCleared = operator(hub, Set.of("tv-milton-keynes"), false);
        String message = refusal(() -> assign(shift, notCleared));
        assertTrue(message.startsWith("Cleared for the partners watched:"), message);
        assertTrue(message.contains("10:00 to 18:00"), message);
        // A shift the booking does not fall in needs no clearance for it.
        assign(shift(hub, day.plusDays(1), "10:00", "18:00"), notCleared);
        assign(shift, operator(hub, Set.of("tv-oxford-city", "tv-milton-keynes"), false));
    }

    @Test
    void aShiftOfferedToAColleagueChangesTheRotaOnlyWhenASupervisorApprovesAndEveryStepIsAudited() {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 5, 11), "07:00", "15:00");
        OperatorProfile giver = operator(hub);
        OperatorProfile taker = operator(hub);
        assign(shift, giver);
        RotaSwap swap = as(() -> swaps.offer(shift, giver, taker.id));
        assertEquals(RotaSwap.Status.PENDING, swap.status);
        assertEquals(List.of(giver.id), on(shift));
        as(() -> approvals.approve(swap.id, "Rachel Green"));
        assertEquals(List.of(taker.id), on(shift));
        assertTrue(refusal(() -> as(() -> approvals.approve(swap.id, "Rachel Green"))).contains("approved"));
        List<String> actions = as(() -> audit.history("RotaShift", Long.toString(shift)).stream()
                .map(e -> e.action).toList());
        assertTrue(actions.containsAll(List.of("rota.assigned", "rota.swap-offered", "rota.swap-approved")),
                actions.toString());
    }

    @Test
    void aColleagueWhoMayNotWorkTheShiftIsRefusedWhenTheSwapIsAskedFor() {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 5, 18), "07:00", "15:00");
        OperatorProfile giver = operator(hub);
        assign(shift, giver);
        OperatorProfile untrained = operator(RotaFixture.hub(4, 5));
        String message = refusal(() -> as(() -> swaps.offer(shift, giver, untrained.id)));
        assertTrue(message.startsWith("Trained for the hub:"), message);
        assertEquals(0L, as(() -> RotaSwap.count("shiftId", shift)));
    }

    @Test
    void aSwapThatBecameIllegalAfterAnotherAssignmentIsRefusedAtApprovalAndChangesNothing() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate day = LocalDate.of(YEAR, 6, 1);
        long early = shift(hub, day, "07:00", "15:00");
        OperatorProfile giver = operator(hub);
        OperatorProfile taker = operator(hub);
        assign(early, giver);
        RotaSwap swap = as(() -> swaps.offer(early, giver, taker.id));
        // Meanwhile the supervisor puts the taker on the late before: too little rest before the early.
        assign(shift(hub, day.minusDays(1), "15:00", "23:00"), taker);
        String message = refusal(() -> as(() -> approvals.approve(swap.id, "Rachel Green")));
        assertTrue(message.startsWith("11 hours' rest between shifts:"), message);
        assertEquals(List.of(giver.id), on(early));
        assertEquals(RotaSwap.Status.PENDING, as(() -> RotaSwap.<RotaSwap>findById(swap.id).status));
        as(() -> approvals.decline(swap.id, "Rachel Green", "Not enough rest"));
        assertEquals(RotaSwap.Status.DECLINED, as(() -> RotaSwap.<RotaSwap>findById(swap.id).status));
    }

    @Test
    void anOfferToAnyoneIsTakenThenApproved() {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 6, 8), "23:00", "07:00");
        OperatorProfile giver = operator(hub);
        OperatorProfile taker = operator(hub);
        assign(shift, giver);
        RotaSwap offer = as(() -> swaps.offer(shift, giver, null));
        assertEquals(RotaSwap.Status.OFFERED, offer.status);
        assertTrue(refusal(() -> as(() -> approvals.approve(offer.id, "Rachel Green"))).contains("nothing to approve"));
        assertTrue(refusal(() -> as(() -> swaps.take(offer.id, giver))).startsWith("You cannot take your own offer"));
        as(() -> swaps.take(offer.id, taker));
        as(() -> approvals.approve(offer.id, "Rachel Green"));
        assertEquals(List.of(taker.id), on(shift));
    }

    @Test
    void twoApprovalsForTheLastOpenPositionCannotBothSucceed() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 6, 15), "07:00", "15:00", RotaShift.Role.OPERATOR, 1);
        OperatorProfile first = operator(hub);
        OperatorProfile second = operator(hub);
        RotaSwap a = as(() -> swaps.askForOpen(shift, first));
        RotaSwap b = as(() -> swaps.askForOpen(shift, second));
        List<String> outcomes = race(() -> as(() -> approvals.approve(a.id, "Rachel Green")),
                () -> as(() -> approvals.approve(b.id, "Rachel Green")));
        assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("Open positions:")), outcomes.toString());
        assertEquals(1, on(shift).size());
    }

    @Test
    void oneSwapApprovedTwiceAtOnceChangesTheRotaOnce() throws Exception {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 6, 22), "07:00", "15:00");
        OperatorProfile giver = operator(hub);
        OperatorProfile taker = operator(hub);
        assign(shift, giver);
        RotaSwap swap = as(() -> swaps.offer(shift, giver, taker.id));
        List<String> outcomes = race(() -> as(() -> approvals.approve(swap.id, "Rachel Green")),
                () -> as(() -> approvals.approve(swap.id, "Another Supervisor")));
        assertEquals(1, outcomes.stream().filter("approved"::equals).count(), outcomes.toString());
        assertEquals(List.of(taker.id), on(shift));
    }

    /** Runs both at the same moment; each answers "approved" or the refusal's message. */
    private static List<String> race(Runnable one, Runnable two) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Runnable work : List.of(one, two)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        work.run();
                        return "approved";
                    } catch (InvalidInputException e) {
                        return e.errors().list().get(0).message();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
