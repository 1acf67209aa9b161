package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/** The demo a newcomer opens: both hubs, bookings in every status, and last month's statements with hours. */
@QuarkusTest
class MonitoringDemoTest {

    @Test
    void theDemoHasBothHubsBookingsInEveryStatusAndLastMonthsStatements() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/hubs").then().statusCode(200)
                .body("name", hasItems("Milton Keynes hub", "Oxford hub"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/api/v1/bookings?size=200").then().statusCode(200)
                .body("items.status", hasItems("REQUESTED", "APPROVED", "DECLINED", "CANCELLED"));
        java.util.List<java.util.Map<String, Object>> oxford = given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .get("/api/v1/bookings?size=200").then().statusCode(200).extract().path("items");
        java.util.Map<String, Object> nights = oxford.stream()
                .filter(b -> "City centre night-time economy".equals(b.get("cameraGroup"))).findFirst().orElseThrow();
        java.util.List<?> tags = (java.util.List<?>) nights.get("assetTags");
        org.junit.jupiter.api.Assertions.assertEquals(12, tags.size(), "Oxford's night-time economy cameras: " + tags);
        assertTrue(tags.stream().allMatch(t -> t.toString().startsWith("OXF-")), "Oxford's own cameras: " + tags);
        YearMonth lastMonth = TestClock.thisMonth().minusMonths(1);
        Object total = given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .get("/api/v1/statements?month=" + lastMonth).then().statusCode(200).extract().path("[0].total");
        assertTrue(new BigDecimal(total.toString()).signum() > 0, "Oxford's statement for last month: " + total);
        // The demo's tariffs rise on the 15th of last month: its weekend nights are priced at both, by band.
        java.util.List<java.util.Map<String, Object>> lines = given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .get("/api/v1/statements?month=" + lastMonth).then().extract().path("[0].lines");
        assertTrue(lines.stream().map(l -> l.get("tariffFrom")).distinct().count() == 2, "two tariffs: " + lines);
        assertTrue(lines.stream().map(l -> l.get("band")).collect(java.util.stream.Collectors.toSet())
                .containsAll(java.util.Set.of("NIGHT", "WEEKEND")), "Friday nights and weekends: " + lines);
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/tariffs").then().statusCode(200)
                .body("customerKind", hasItems("COUNCIL", "BUSINESS", "POLICE"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/api/v1/statements?month=" + lastMonth).then()
                .statusCode(200).body("partnerName", hasItems("Oxford City Council", "Milton Keynes City Council"));
    }

    /** Thames Valley's third hub was opened through the portal's services, and Slough moved to it from Milton Keynes. */
    @Test
    void sloughsHubWasOpenedFromThePortalAndSloughMovedToItWithItsBookings() throws java.sql.SQLException {
        java.util.List<java.util.Map<String, Object>> hubs = given().auth().oauth2(DemoUsers.token("slough.manager"))
                .get("/api/v1/hubs").then().statusCode(200).extract().path("");
        java.util.Map<String, Object> slough = hubs.stream().filter(h -> "Slough hub".equals(h.get("name")))
                .findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("tv-slough"), slough.get("servedPartners"));
        assertTrue(hubs.stream().filter(h -> "Milton Keynes hub".equals(h.get("name")))
                .noneMatch(h -> ((java.util.List<?>) h.get("servedPartners")).contains("tv-slough")));
        Number sloughHub = (Number) slough.get("id");
        java.util.List<java.util.Map<String, Object>> bookings = given().auth()
                .oauth2(DemoUsers.token("slough.manager")).get("/api/v1/bookings?size=200").then().statusCode(200)
                .extract().path("items");
        assertTrue(bookings.stream().anyMatch(b -> "APPROVED".equals(b.get("status"))
                && sloughHub.longValue() == ((Number) b.get("hubId")).longValue()), "Slough books at its own hub");
        try (java.sql.Connection db = MonitoringFixture.portalRole("tv-slough")) {
            assertTrue(MonitoringFixture.number(db, "select count(*) from switch_off_notice"
                    + " where kind = 'HUB_SERVICE_ENDED'") >= 1, "Milton Keynes' end of service raised a notice");
        }
    }
}
