package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The hub board shows who is on now, the next shift and the gaps, and its HTMX fragment (asked for every 30 seconds
 * by the page) answers the change after a supervisor swaps an operator, without the page around it.
 */
@QuarkusTest
class HubBoardTest {

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    private <T> T as(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner("tv-ods", "thames-valley", work);
        } finally {
            context.terminate();
        }
    }

    private long operator(long hub, String name) {
        return as(() -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = String.format("%016d", System.nanoTime() % 10_000_000_000_000_000L);
            profile.siaExpires = TestClock.today().plusYears(5);
            profile.contractedHours = 40;
            profile.trainedHubs = new TreeSet<>(Set.of(hub));
            return TestOperators.add(operatorService, profile, name).id;
        });
    }

    private static String fragment(long hub) {
        return given().auth().oauth2(DemoUsers.token("ods.operator")).header("HX-Request", "true")
                .get("/rota/hubs/" + hub + "/board").then().statusCode(200).body(not(containsString("<html")))
                .body(containsString("id=\"board-now\"")).body(containsString("hx-trigger=\"every 30s\""))
                .extract().asString();
    }

    @Test
    void theBoardsFragmentShowsTheChangeAfterASwap() {
        long hub = RotaFixture.hub(4, 5);
        String suffix = Long.toString(System.nanoTime());
        long first = operator(hub, "Board First " + suffix);
        long second = operator(hub, "Board Second " + suffix);
        long third = operator(hub, "Board Third " + suffix);
        Instant now = TestClock.now().truncatedTo(ChronoUnit.HOURS);
        long current = as(() -> shiftService.addShift(hub, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(6)),
                RotaShift.Role.OPERATOR, 1).id);
        long next = as(() -> shiftService.addShift(hub, now.plus(Duration.ofHours(6)), now.plus(Duration.ofHours(10)),
                RotaShift.Role.OPERATOR, 2).id);
        as(() -> assignments.assign(current, first));
        as(() -> assignments.assign(next, third));
        // 8 cameras after the next shift ends (within the board's 12 hours) need two operators; nobody is rostered then.
        LocalDateTime later = LocalDateTime.ofInstant(now.plus(Duration.ofHours(11)), LondonTime.ZONE);
        long booking = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Board group", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 8), "recurrence", "ONE_OFF",
                        "startsAt", later.toString(), "endsAt", later.plusHours(1).toString(), "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);

        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/hubs/" + hub + "/board").then()
                .statusCode(200).body(containsString("<html")).body(containsString("hx-get=\"/rota/hubs/" + hub
                        + "/board\""));
        String before = fragment(hub);
        org.junit.jupiter.api.Assertions.assertTrue(before.contains("Board First " + suffix), before);
        org.junit.jupiter.api.Assertions.assertTrue(before.contains("Board Third " + suffix), before);
        org.junit.jupiter.api.Assertions.assertTrue(before.contains("2 needed, 0 on"), before);

        as(() -> {
            assignments.unassign(current, first);
            return assignments.assign(current, second);
        });
        String after = fragment(hub);
        org.junit.jupiter.api.Assertions.assertTrue(after.contains("Board Second " + suffix), after);
        org.junit.jupiter.api.Assertions.assertFalse(after.contains("Board First " + suffix), after);
    }

    /** Cameras watched at this moment are listed with the time their booking ends (the board failed on them once). */
    @Test
    void theBoardListsTheCamerasWatchedNow() {
        long hub = RotaFixture.hub(4, 5);
        long operator = operator(hub, "Board Watcher " + System.nanoTime());
        Instant now = TestClock.now().truncatedTo(ChronoUnit.HOURS);
        long current = as(() -> shiftService.addShift(hub, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(6)),
                RotaShift.Role.OPERATOR, 1).id);
        as(() -> assignments.assign(current, operator));
        LocalDateTime thisHour = LocalDateTime.ofInstant(now, LondonTime.ZONE);
        long booking = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Board watched now", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 2), "recurrence", "ONE_OFF",
                        "startsAt", thisHour.toString(), "endsAt", thisHour.plusHours(1).toString(), "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);

        String fragment = fragment(hub);
        org.junit.jupiter.api.Assertions.assertTrue(fragment.contains("Board watched now"), fragment);
        org.junit.jupiter.api.Assertions.assertTrue(fragment.contains("2 cameras, until "
                + thisHour.plusHours(1).toLocalTime()), fragment);
    }

    @Test
    void anotherPartnersHubHasNoBoard() {
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/hubs/999999999/board").then()
                .statusCode(404);
    }
}
