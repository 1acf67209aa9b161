package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.cctvportal.support.ActingPartner;
import org.junit.jupiter.api.Test;

/**
 * The rota is the hub's capacity where it has rostered shifts (the staffing plan elsewhere): approving a booking is
 * refused when the operators on shift cannot watch it, and allowed once another operator is put on; approved bookings
 * the rota does not staff show as gaps with the operators needed and rostered.
 */
@QuarkusTest
class RotaCoverageTest {

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    @Inject
    CoverageService coverage;

    private <T> T as(String partner, Supplier<T> work) {
        return ActingPartner.as(unattended, partner, work);
    }

    private long operator(long hub) {
        return as("tv-ods", () -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = String.format("%016d", System.nanoTime() % 10_000_000_000_000_000L);
            profile.siaExpires = TestClock.today().plusYears(5);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            return TestOperators.add(operatorService, profile, "Coverage Operator " + System.nanoTime()).id;
        });
    }

    private static long booking(long hub, int cameras, String startsAt, String endsAt) {
        return ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Coverage group", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", cameras), "recurrence",
                        "ONE_OFF", "startsAt", startsAt, "endsAt", endsAt, "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
    }

    private static int approve(long booking) {
        return given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").statusCode();
    }

    @Test
    void theRotaIsTheCapacityWhereTheHubHasShiftsAndGapsShowWhatIsNotStaffed() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate day = TestClock.today().plusMonths(3);
        ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(10, 0), LondonTime.ZONE);
        long shift = as("tv-ods", () -> shiftService.addShift(hub, start.toInstant(), start.plusHours(8).toInstant(),
                RotaShift.Role.OPERATOR, 3).id);
        long first = operator(hub);
        as("tv-ods", () -> assignments.assign(shift, first));

        // One operator on shift watches 5 cameras: 8 at noon is refused, though the plan's 4 consoles would watch 20.
        long noon = booking(hub, 8, day + "T12:00", day + "T14:00");
        assertEquals(409, approve(noon));
        // In the evening the hub has no shift, so the staffing plan still gives the capacity.
        long evening = booking(hub, 8, day + "T20:00", day + "T22:00");
        assertEquals(200, approve(evening));

        long second = operator(hub);
        as("tv-ods", () -> assignments.assign(shift, second));
        assertEquals(200, approve(noon));

        List<CoverageService.Gap> gaps = as("tv-ods", () -> coverage.gaps(hub,
                day.atStartOfDay(LondonTime.ZONE).toInstant(), day.plusDays(1).atStartOfDay(LondonTime.ZONE)
                        .toInstant()));
        assertEquals(1, gaps.size(), gaps.toString());
        CoverageService.Gap gap = gaps.get(0);
        assertEquals(ZonedDateTime.of(day, LocalTime.of(20, 0), LondonTime.ZONE).toInstant(), gap.startsAt());
        assertEquals(ZonedDateTime.of(day, LocalTime.of(22, 0), LondonTime.ZONE).toInstant(), gap.endsAt());
        assertEquals(2, gap.needed());
        assertEquals(0, gap.rostered());

        // Taking an operator off shows the noon booking as a gap too: 8 cameras need 2 operators, 1 is on.
        as("tv-ods", () -> {
            assignments.unassign(shift, second);
            return null;
        });
        List<CoverageService.Gap> after = as("tv-ods", () -> coverage.gaps(hub,
                day.atStartOfDay(LondonTime.ZONE).toInstant(), day.plusDays(1).atStartOfDay(LondonTime.ZONE)
                        .toInstant()));
        assertEquals(2, after.size(), after.toString());
        assertEquals(1, after.get(0).rostered());
        assertTrue(after.get(0).label().contains("12:00 to 14:00"), after.get(0).label());
    }
}
