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

    /** A subscription made through the API by {@code manager}; its id and secret. */
    static JsonPath subscribe(String manager, String url, String... events) {
        return given().auth().oauth2(DemoUsers.token(manager)).contentType("application/json")
                .body(Map.of("url", url, "description", "Test receiver", "events", List.of(events)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
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
}
