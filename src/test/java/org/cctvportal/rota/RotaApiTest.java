package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The rota through the API with real tokens: a supervisor's week, shifts made one by one and from a pattern, operators
 * put on and off within the rules, a week filled, and a swap offered by an operator and decided by the supervisor;
 * bad input is a 400 naming the field and changes nothing; another partnership's supervisor finds none of it.
 */
@QuarkusTest
class RotaApiTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType(ContentType.JSON);
    }

    private static List<Object> shiftsOf(long hub, LocalDate week) {
        return as("ods.supervisor").get("/api/v1/rota/hubs/" + hub + "/shifts?week=" + week).then().statusCode(200)
                .extract().path("shifts.id");
    }

    @Test
    void aSupervisorMakesShiftsAndBadInputIsNamedAndChangesNothing() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate monday = TestClock.today().plusMonths(4).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        as("ods.supervisor").get("/api/v1/rota/hubs/" + hub + "/shifts?week=soon").then().statusCode(400)
                .body("fieldErrors.week", containsString("Enter the week as a date"));
        as("ods.supervisor").body(Map.of("startsAt", "tomorrow", "role", "BOSS", "positions", "two"))
                .post("/api/v1/rota/hubs/" + hub + "/shifts").then().statusCode(400)
                .body("fieldErrors.startsAt", containsString("Enter a date and time"))
                .body("fieldErrors.endsAt", containsString("Enter a date and time"))
                .body("fieldErrors.role", equalTo("Choose a role"))
                .body("fieldErrors.positions", containsString("whole number"));
        as("ods.supervisor").body(Map.of("startsAt", monday + "T07:00", "endsAt", monday + "T07:00", "role",
                "OPERATOR", "positions", 2)).post("/api/v1/rota/hubs/" + hub + "/shifts").then().statusCode(400)
                .body("fieldErrors.endsAt", containsString("ends after it starts"));
        assertEquals(List.of(), shiftsOf(hub, monday));

        int made = as("ods.supervisor").body(Map.of("startsAt", monday + "T09:00", "endsAt", monday + "T17:00",
                "role", "OPERATOR", "positions", 2)).post("/api/v1/rota/hubs/" + hub + "/shifts").then()
                .statusCode(201).header("Location", containsString("/api/v1/rota/shifts/"))
                .body("label", containsString("09:00 to 17:00")).body("open", equalTo(2)).extract().path("id");
        as("ods.supervisor").get("/api/v1/rota/shifts/" + made).then().statusCode(200).body("hubId",
                equalTo((int) hub));
        Map<String, Object> change = new java.util.HashMap<>(Map.of("startsAt", monday + "T09:00", "endsAt",
                monday + "T17:00", "role", "OPERATOR", "positions", 3, "version", 99));
        as("ods.supervisor").body(change).put("/api/v1/rota/shifts/" + made).then().statusCode(400)
                .body("fieldErrors.version", containsString("Someone else changed the shift"));
        change.put("version", as("ods.supervisor").get("/api/v1/rota/shifts/" + made).then().extract().path("version"));
        as("ods.supervisor").body(change).put("/api/v1/rota/shifts/" + made).then().statusCode(200)
                .body("positions", equalTo(3)).body("open", equalTo(3));

        as("ods.supervisor").body(Map.of("template", "LATES", "first", monday.toString(), "last", "", "role",
                "OPERATOR", "positions", 2)).post("/api/v1/rota/hubs/" + hub + "/template").then().statusCode(400)
                .body("fieldErrors.last", containsString("Enter the last day"));
        assertEquals(1, shiftsOf(hub, monday).size());
        as("ods.supervisor").body(Map.of("template", "LATES", "first", monday.toString(), "last",
                monday.plusDays(6).toString(), "role", "OPERATOR", "positions", 2))
                .post("/api/v1/rota/hubs/" + hub + "/template").then().statusCode(200).body("shifts", equalTo(7));
        assertEquals(8, shiftsOf(hub, monday).size());

        as("as-control.supervisor").get("/api/v1/rota/shifts/" + made).then().statusCode(404);
        as("as-control.supervisor").get("/api/v1/rota/hubs/" + hub + "/shifts").then().statusCode(404);
        as("ods.operator").get("/api/v1/rota/hubs/" + hub + "/shifts").then().statusCode(403);
    }

    @Test
    void operatorsGoOnAndOffWithinTheRulesAndAWeekIsFilled() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate monday = TestClock.today().plusMonths(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int shift = as("ods.supervisor").body(Map.of("startsAt", monday + "T07:00", "endsAt", monday + "T15:00",
                "role", "OPERATOR", "positions", 1)).post("/api/v1/rota/hubs/" + hub + "/shifts").then()
                .statusCode(201).extract().path("id");
        as("ods.supervisor").body(Map.of()).post("/api/v1/rota/shifts/" + shift + "/assign").then().statusCode(400)
                .body("fieldErrors.operatorId", equalTo("Choose an operator"));
        // Sam Osei is trained for the demo's hubs, not this one: the rule is named and nothing changes.
        long sam = operatorNamed("Sam Osei");
        as("ods.supervisor").body(Map.of("operatorId", sam)).post("/api/v1/rota/shifts/" + shift + "/assign")
                .then().statusCode(400).body("fieldErrors.operatorId", containsString("Trained for the hub"));
        as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().body("operators", empty());

        String name = colleague(null, monday.plusDays(7)).get("name").toString();
        long trained = trainFor(hub, name);
        as("ods.supervisor").body(Map.of("operatorId", trained)).post("/api/v1/rota/shifts/" + shift + "/assign")
                .then().statusCode(200).body("operators.id", hasItem((int) trained)).body("open", equalTo(0));
        as("ods.supervisor").body(Map.of("operatorId", trained)).post("/api/v1/rota/shifts/" + shift + "/assign")
                .then().statusCode(400).body("fieldErrors.operatorId", containsString("already on the shift"));
        as("ods.supervisor").body(Map.of("operatorId", trained)).post("/api/v1/rota/shifts/" + shift + "/unassign")
                .then().statusCode(200).body("operators", empty());

        as("ods.supervisor").body(Map.of()).post("/api/v1/rota/hubs/" + hub + "/auto-fill").then().statusCode(400)
                .body("fieldErrors.week", equalTo("Choose the week to fill"));
        as("ods.supervisor").body(Map.of("week", monday.plusDays(2).toString()))
                .post("/api/v1/rota/hubs/" + hub + "/auto-fill").then().statusCode(200)
                .body("filled", equalTo(1)).body("week.monday", equalTo(monday.toString()))
                .body("week.shifts[0].operators.id", hasItem((int) trained));
        as("as-control.supervisor").body(Map.of("operatorId", trained)).post("/api/v1/rota/shifts/" + shift
                + "/unassign").then().statusCode(404);
        as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().body("operators", hasSize(1));
        int version = as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().extract().path("version");
        as("ods.supervisor").body(Map.of("startsAt", monday + "T08:00", "endsAt", monday + "T15:00", "role",
                "OPERATOR", "positions", 1, "version", version)).put("/api/v1/rota/shifts/" + shift).then()
                .statusCode(400).body("fieldErrors.startsAt", containsString("Take the 1 operator off the shift"));
        as("as-control.supervisor").delete("/api/v1/rota/shifts/" + shift).then().statusCode(404);
        as("ods.supervisor").delete("/api/v1/rota/shifts/" + shift).then().statusCode(200)
                .body("takenOff", equalTo(List.of(name)));
        as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().statusCode(404);
    }

    @Test
    void anOperatorOffersAShiftAndTheSupervisorDeclinesABadReasonThenApproves() {
        long mk = hubNamed("Milton");
        // A Tuesday morning: the hub monitors cameras Sam is not cleared for on other days (Kingsmead's Saturdays).
        LocalDate day = TestClock.today().plusDays(24).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        int shift = as("ods.supervisor").body(Map.of("startsAt", day + "T10:00", "endsAt", day + "T12:00", "role",
                "OPERATOR", "positions", 2)).post("/api/v1/rota/hubs/" + mk + "/shifts").then().statusCode(201)
                .extract().path("id");
        long sam = operatorNamed("Sam Osei");
        Map<String, Object> colleague = colleague(mk, day);
        long taker = ((Number) colleague.get("id")).longValue();
        as("ods.supervisor").body(Map.of("operatorId", sam)).post("/api/v1/rota/shifts/" + shift + "/assign")
                .then().statusCode(200);

        as("ods.operator").body(Map.of("colleague", "Ben")).post("/api/v1/rota/shifts/" + shift + "/offer").then()
                .statusCode(400).body("fieldErrors.colleague", equalTo("Choose a colleague or anyone"));
        as("ods.operator").body(Map.of("colleague", sam)).post("/api/v1/rota/shifts/" + shift + "/offer").then()
                .statusCode(400).body("fieldErrors.colleague", equalTo("Choose a colleague other than yourself"));
        int swap = as("ods.operator").body(Map.of("colleague", taker)).post("/api/v1/rota/shifts/" + shift + "/offer")
                .then().statusCode(200).body("status", equalTo("PENDING")).body("taker", equalTo(colleague.get("name")))
                .extract().path("id");
        as("ods.operator").get("/api/v1/rota/mine/swaps?size=200").then().statusCode(200)
                .body("items.id", hasItem(swap));
        as("ods.supervisor").get("/api/v1/rota/hubs/" + mk + "/swaps").then().statusCode(200)
                .body("id", hasItem(swap));

        as("ods.supervisor").body(Map.of("reason", "x".repeat(501))).post("/api/v1/rota/swaps/" + swap + "/decline")
                .then().statusCode(400).body("fieldErrors.reason", containsString("500 characters"));
        as("as-control.supervisor").post("/api/v1/rota/swaps/" + swap + "/approve").then().statusCode(404);
        as("ods.operator").post("/api/v1/rota/swaps/" + swap + "/approve").then().statusCode(403);
        as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().body("operators.id", hasItem((int) sam));

        as("ods.supervisor").post("/api/v1/rota/swaps/" + swap + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("ods.supervisor").get("/api/v1/rota/shifts/" + shift).then().body("operators.id", hasItem((int) taker))
                .body("operators.id", not(hasItem((int) sam)));
        as("ods.operator").post("/api/v1/rota/swaps/" + swap + "/withdraw").then().statusCode(400)
                .body("fieldErrors.swap", containsString("already approved"));
    }

    private static long hubNamed(String start) {
        List<Map<String, Object>> hubs = as("ods.supervisor").get("/api/v1/hubs").then().statusCode(200).extract()
                .path("");
        return hubs.stream().filter(h -> h.get("name").toString().startsWith(start)).mapToLong(h -> ((Number) h
                .get("id")).longValue()).findFirst().orElseThrow();
    }

    /**
     * A demo colleague of Sam Osei's who may take his shifts: active, cleared wherever he is, licensed past {@code day}
     * (the one licensed longest, as other tests may cut a licence short) and, given a hub, trained for it.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> colleague(Long hub, LocalDate day) {
        List<Map<String, Object>> operators = as("ods.supervisor").get("/api/v1/rota/operators?size=200").then()
                .statusCode(200).extract().path("items");
        Map<String, Object> sam = operators.stream().filter(o -> "Sam Osei".equals(o.get("name"))).findFirst()
                .orElseThrow();
        java.util.Set<String> samCleared = ((Map<String, Object>) sam.get("clearedSince")).keySet();
        return operators.stream().filter(o -> !o.get("id").equals(sam.get("id")) && Boolean.TRUE.equals(o.get("active")))
                .filter(o -> ((Map<String, Object>) o.get("clearedSince")).keySet().containsAll(samCleared))
                .filter(o -> hub == null || ((List<Number>) o.get("trainedHubs")).stream()
                        .anyMatch(h -> h.longValue() == hub))
                .filter(o -> LocalDate.parse(o.get("siaExpires").toString()).isAfter(day))
                .max(java.util.Comparator.comparing(o -> o.get("siaExpires").toString())).orElseThrow();
    }

    private static long operatorNamed(String name) {
        List<Map<String, Object>> operators = as("ods.supervisor").get("/api/v1/rota/operators?size=200").then()
                .statusCode(200).extract().path("items");
        return operators.stream().filter(o -> name.equals(o.get("name"))).mapToLong(o -> ((Number) o.get("id"))
                .longValue()).findFirst().orElseThrow();
    }

    /** Adds the hub to a demo operator's trained hubs through the profile API, keeping everything else. */
    private static long trainFor(long hub, String name) {
        Map<String, Object> profile = as("ods.supervisor").get("/api/v1/rota/operators?size=200").then().extract()
                .<List<Map<String, Object>>>path("items").stream().filter(o -> name.equals(o.get("name"))).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object> hubs = new java.util.ArrayList<>((List<Object>) profile.get("trainedHubs"));
        hubs.add(hub);
        @SuppressWarnings("unchecked")
        Map<String, Object> cleared = (Map<String, Object>) profile.get("clearedSince");
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("siaLicence", profile.get("siaLicence"));
        change.put("siaExpires", profile.get("siaExpires"));
        change.put("contractedHours", profile.get("contractedHours"));
        change.put("trainedHubs", hubs);
        change.put("clearedPartners", List.copyOf(cleared.keySet()));
        change.put("canSupervise", profile.get("canSupervise"));
        change.put("version", profile.get("version"));
        as("ods.supervisor").body(change).put("/api/v1/rota/operators/" + profile.get("id")).then().statusCode(200);
        assertTrue(cleared.containsKey("tv-oxford-city"), "the test hub serves Oxford, which " + name + " is cleared for");
        return ((Number) profile.get("id")).longValue();
    }
}
