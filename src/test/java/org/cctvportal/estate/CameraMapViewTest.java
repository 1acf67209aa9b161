package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The camera map's view of the part in sight: the server counts the caller's cameras per square of the zoom's grid
 * (more than CameraClusters.SINGLES in sight), or sends them one by one; another partner's cameras in the same place
 * are never counted, and bad bounds are refused. The cameras are placed in a box of their own, far from the demo's.
 */
@QuarkusTest
public class CameraMapViewTest {

    /** A box in the Highlands where no demo camera stands: the operator's 520 cameras and three of Oxford's. */
    private static final double SOUTH = 57.40;
    private static final double WEST = -4.30;
    private static final String BOX = "south=57.39&west=-4.31&north=57.46&east=-4.19";
    private static boolean placed;

    /** Places the test's cameras once per run: the operator's 520 (one offline) and Oxford's three, in the box. */
    @BeforeEach
    public synchronized void placeCameras() throws SQLException {
        if (placed) {
            return;
        }
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        place("tv-ods", "MAPV-" + run + "-", 520, "ODS map test site " + run);
        place("tv-oxford-city", "MAPX-" + run + "-", 3, "Oxford map test site " + run);
        placed = true;
    }

    @Test
    void theSquaresAddUpToThePartnersCamerasInSightWithTheWorstLast() {
        JsonPath view = view("ods.supervisor", BOX + "&zoom=10");
        long inSight = count("tv-ods", 57.39, -4.31, 57.46, -4.19);
        assertTrue(inSight > CameraClusters.SINGLES, "more than can be drawn one by one: " + inSight);
        assertEquals(inSight, view.getLong("total"));
        List<Integer> counts = view.getList("clusters.count", Integer.class);
        assertFalse(counts.isEmpty(), "squares sent");
        assertEquals(inSight, counts.stream().mapToLong(Integer::longValue).sum(), "the squares add up");
        assertEquals(List.of(), view.getList("cameras"), "no camera sent one by one");
        List<String> worst = view.getList("clusters.worst", String.class);
        assertEquals("OFFLINE", worst.get(worst.size() - 1), "the square with the offline camera comes last, on top");
        // One zoom step in, the grid's squares are half as wide: more of them, the same cameras.
        JsonPath closer = view("ods.supervisor", BOX + "&zoom=14");
        assertEquals(inSight, closer.getList("clusters.count", Integer.class).stream().mapToLong(Integer::longValue)
                .sum());
        assertTrue(closer.getList("clusters").size() > counts.size(), "a finer grid closer in");
    }

    @Test
    void fewCamerasInSightAreSentOneByOne() {
        String corner = "south=" + SOUTH + "&west=" + WEST + "&north=" + (SOUTH + 0.004) + "&east=" + (WEST + 0.006);
        JsonPath view = view("ods.supervisor", corner + "&zoom=17");
        long inSight = count("tv-ods", SOUTH, WEST, SOUTH + 0.004, WEST + 0.006);
        assertTrue(inSight > 0 && inSight <= CameraClusters.SINGLES, "a few cameras: " + inSight);
        assertEquals(inSight, view.getLong("total"));
        assertEquals(inSight, view.getList("cameras").size());
        assertEquals(List.of(), view.getList("clusters"));
        assertTrue(view.getList("cameras.tag", String.class).stream().allMatch(t -> t.startsWith("MAPV-")));
    }

    @Test
    void anotherPartnersCamerasInTheSamePlaceAreNeverCounted() {
        JsonPath oxford = view("oxford.manager", BOX + "&zoom=10");
        long oxfords = count("tv-oxford-city", 57.39, -4.31, 57.46, -4.19);
        assertTrue(oxfords >= 3 && oxfords <= CameraClusters.SINGLES, "Oxford's few cameras: " + oxfords);
        assertEquals(oxfords, oxford.getLong("total"));
        assertTrue(oxford.getList("cameras.tag", String.class).stream().allMatch(t -> t.startsWith("MAPX-")));
        long operators = count("tv-ods", 57.39, -4.31, 57.46, -4.19);
        assertEquals(operators, view("ods.supervisor", BOX + "&zoom=10").getLong("total"), "Oxford's not counted");
    }

    @Test
    void badBoundsAreRefusedWithA400() {
        for (String query : List.of(BOX, "south=57.4&west=-4.3&north=57.5&zoom=10", BOX + "&zoom=23",
                BOX + "&zoom=ten", "south=91&west=-4.3&north=92&east=-4.2&zoom=10",
                "south=57.5&west=-4.3&north=57.4&east=-4.2&zoom=10", "south=57.4&west=-4.2&north=57.5&east=-4.3&zoom=10",
                "south=north&west=-4.3&north=57.5&east=-4.2&zoom=10", "south=NaN&west=-4.3&north=57.5&east=-4.2&zoom=10")) {
            given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/cameras/map/view?" + query).then()
                    .statusCode(400);
        }
    }

    @Test
    void aLargeEstatesPageAsksForThePartInSightAndASmallOnesListsItsCameras() {
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/cameras/map").then().statusCode(200)
                .body(containsString("data-source=\"/cameras/map/view\""))
                .body(not(containsString("data-testid=\"map-camera-list\"")))
                .body(not(containsString("MAPV-")));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras/map").then().statusCode(200)
                .body(not(containsString("data-source=")))
                .body(containsString("data-testid=\"map-camera-list\""));
    }

    private static JsonPath view(String user, String query) {
        return given().auth().oauth2(DemoUsers.token(user)).accept("application/json").get("/cameras/map/view?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The partner's cameras in a box, counted directly as the portal's role with the partner's settings. */
    private static long count(String partner, double south, double west, double north, double east) {
        try (Connection db = MonitoringFixture.portalRole(partner); Statement sql = db.createStatement();
                ResultSet r = sql.executeQuery("select count(*) from camera where partner_id = '" + partner
                        + "' and latitude between " + south + " and " + north + " and longitude between " + west
                        + " and " + east)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} cameras of the partner on a site of their own in the box, one offline, the rest live or faulty. */
    private static void place(String partner, String tagPrefix, int n, String siteName) throws SQLException {
        try (Connection db = MonitoringFixture.portalRole(partner); Statement sql = db.createStatement()) {
            sql.execute("insert into site (id, partner_id, name, kind) values (nextval('site_seq'), '" + partner
                    + "', '" + siteName + "', 'OTHER')");
            sql.execute("insert into camera (id, partner_id, asset_tag, site_id, type, status, latitude, longitude)"
                    + " select nextval('camera_seq'), '" + partner + "', '" + tagPrefix + "' || lpad(i::text, 4, '0'),"
                    + " currval('site_seq'), 'FIXED', case when i = 1 then 'OFFLINE' when i % 7 = 0 then 'FAULTY'"
                    + " else 'LIVE' end, " + SOUTH + " + (i % 20) * 0.003, " + WEST + " + (i / 20) * 0.004"
                    + " from generate_series(1, " + n + ") i");
        }
    }
}
