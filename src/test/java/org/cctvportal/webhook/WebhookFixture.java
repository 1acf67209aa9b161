package org.cctvportal.webhook;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;

/** What the webhook tests share: subscribing through the API, bookings by a chosen council, and reading history. */
final class WebhookFixture {

    private WebhookFixture() {
    }

    /** The subscriptions the tests made and have not deleted yet: manager, id. */
    private static final List<Map.Entry<String, Long>> MADE = new java.util.ArrayList<>();

    /** A subscription made through the API by {@code manager}; its id and secret. */
    static JsonPath subscribe(String manager, String url, String... events) {
        JsonPath made = given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("url", url, "description", "Test receiver", "events", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        MADE.add(Map.entry(manager, made.getLong("id")));
        return made;
    }

    /**
     * Deletes what the tests subscribed, so no later test's events are sent to a receiver that has stopped (other
     * tests decide Oxford's bookings too).
     */
    static void deleteMade() {
        for (Map.Entry<String, Long> made : MADE) {
            given().auth().oauth2(DemoUsers.token(made.getKey())).delete("/api/v1/webhooks/" + made.getValue());
        }
        MADE.clear();
    }

    /** A council's booking of two of its cameras at {@code hub} on a Friday some weeks ahead; answers the booking. */
    static long book(String manager, String partner, long hub, int weeksAhead) {
        LocalDate friday = TestClock.today().plusWeeks(weeksAhead).with(TemporalAdjusters.next(
                java.time.DayOfWeek.FRIDAY));
        Number id = given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Webhook group", "assetTags",
                        MonitoringFixture.tags(partner, 2), "recurrence", "ONE_OFF", "startsAt", friday + "T20:00",
                        "endsAt", friday + "T23:00", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** The subscription's delivery attempts as the API shows them, newest first. */
    static List<Map<String, Object>> history(String manager, long subscription) {
        return given().auth().oauth2(DemoUsers.token(manager)).get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    static JsonPath subscription(String manager, long subscription) {
        return given().auth().oauth2(DemoUsers.token(manager)).get("/api/v1/webhooks/" + subscription).then()
                .statusCode(200).extract().jsonPath();
    }

    /** A new site of the manager's council with a live camera of a flagged maker, which raises findings. */
    static long flaggedCamera(String manager) {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String site = "Webhook Square " + suffix;
        given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("name", site, "kind", "TOWN_CENTRE", "sensitive", "no")).post("/api/v1/sites").then()
                .statusCode(201);
        Number id = given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("assetTag", "MK-WH-" + suffix, "site", site, "manufacturer", "Hikvision", "model",
                        "DS-2CD2143G2-I", "type", "DOME", "resolutionMp", "4", "status", "Live", "installDate",
                        TestClock.today().minusYears(2).toString()))
                .post("/api/v1/cameras").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** The council cancels its approved booking: the hub stops watching, and a switch-off notice is raised. */
    static void cancel(String manager, long booking) {
        given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("reason", "Event called off")).post("/api/v1/bookings/" + booking + "/cancel").then()
                .statusCode(200);
    }
}
