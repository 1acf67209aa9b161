package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.OwnedRows;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An own record, or a new one, naming another partner's record in its body or form (a site, a recorder, cameras, a
 * hub, a partner to clear, a saved group): for another partner of the same partnership and for a partner of the
 * other, refused with a message on the field that names it, and nothing changed in the database. Where a route
 * resolves the child by name or tag, the foreign one is made here with a name no partner of the caller's uses, so only
 * its owner stands between the request and a change.
 */
@QuarkusTest
class ForeignChildIdTest {

    /** Whose records the foreign children are: another partner of Thames Valley, and Avon and Somerset's council. */
    private static final List<Foreign> FOREIGN = List.of(new Foreign("cherwell.manager", "tv-cherwell"),
            new Foreign("bristol.manager", "as-bristol"));

    private record Foreign(String manager, String partner) {
    }

    /** One foreign partner's records, as the cases name them. */
    private record Children(String partner, String site, String recorder, List<String> tags) {
    }

    /**
     * One route with a child in its body.
     *
     * @param field the field whose message must say why
     * @param message what the message must contain
     * @param tables what must be unchanged
     */
    private record Case(String name, String field, String message, List<String> tables,
            Function<Children, Response> request) {
    }

    private static OwnedRows rows;
    private static List<OwnedRows.Partner> partners;
    private static final List<Children> children = new ArrayList<>();
    private static long ownCamera;
    private static long ownRecorder;
    private static long oxfordHub;

    @BeforeAll
    static void connect() throws SQLException {
        rows = OwnedRows.open();
        partners = OwnedRows.demoPartners();
    }

    /** The foreign children and the caller's own records, made through the API on first use (it serves by then). */
    private static void records() {
        if (!children.isEmpty()) {
            return;
        }
        for (Foreign foreign : FOREIGN) {
            String site = "Foreign child site " + unique();
            as(foreign.manager()).body(Map.of("name", site, "kind", "Town centre", "postcode", "BS1 5TR",
                    "latitude", 51.4545, "longitude", -2.5879)).post("/api/v1/sites").then().statusCode(201);
            String recorder = "Foreign child NVR " + unique();
            as(foreign.manager()).body(Map.of("name", recorder, "kind", "NVR", "site", site, "manufacturer",
                    "Hikvision", "exposure", "Isolated")).post("/api/v1/recorders").then().statusCode(201);
            children.add(new Children(foreign.partner(), site, recorder, MonitoringFixture.tags(foreign.partner(),
                    2)));
        }
        String site = "Own child site " + unique();
        as("oxford.manager").body(Map.of("name", site, "kind", "Town centre", "postcode", "OX1 1BX", "latitude",
                51.752, "longitude", -1.2577)).post("/api/v1/sites").then().statusCode(201);
        ownRecorder = ((Number) as("oxford.manager").body(Map.of("name", "Own child NVR " + unique(), "kind", "NVR",
                "site", site, "manufacturer", "Bosch", "exposure", "Isolated")).post("/api/v1/recorders").then()
                .statusCode(201).extract().path("id")).longValue();
        ownCamera = ((Number) as("oxford.manager").body(Map.of("assetTag", "OXF-CHILD-" + unique(), "site", site,
                "manufacturer", "AXIS", "type", "Dome", "status", "Live")).post("/api/v1/cameras").then()
                .statusCode(201).extract().path("id")).longValue();
        oxfordHub = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/api/v1/hubs").then()
                .statusCode(200).extract().path("find { it.name == 'Oxford hub' }.id")).longValue();
    }

    @AfterAll
    static void close() throws SQLException {
        rows.close();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json");
    }

    private static final List<Case> CASES = List.of(
            new Case("my camera on another partner's site", "site", "Unknown site", List.of("camera", "site"),
                    c -> as("oxford.manager").body(Map.of("site", c.site())).put("/api/v1/cameras/" + ownCamera)),
            new Case("my camera on another partner's recorder", "recorder", "Unknown recorder",
                    List.of("camera", "recorder"), c -> as("oxford.manager").body(Map.of("recorder", c.recorder()))
                            .put("/api/v1/cameras/" + ownCamera)),
            new Case("my recorder on another partner's site", "site", "Unknown site", List.of("recorder", "site"),
                    c -> as("oxford.manager").body(Map.of("site", c.site())).put("/api/v1/recorders/"
                            + ownRecorder)),
            new Case("a new camera on another partner's site", "site", "Unknown site", List.of("camera"),
                    c -> as("oxford.manager").body(Map.of("assetTag", "OXF-FOREIGN-" + unique(), "site", c.site(),
                            "manufacturer", "AXIS", "type", "Dome", "status", "Live")).post("/api/v1/cameras")),
            new Case("a new booking of another partner's cameras", "cameras", "No camera of yours has the asset tag",
                    List.of("booking", "booking_camera", "booking_occurrence"), c -> as("oxford.manager")
                            .body(Map.of("hubId", oxfordHub, "cameraGroup", "Foreign cameras", "assetTags",
                                    c.tags(), "recurrence", "ONE_OFF", "startsAt", friday() + "T20:00",
                                    "endsAt", friday() + "T23:00", "priority", "ROUTINE"))
                            .post("/api/v1/bookings")),
            new Case("a new evidence item of another partner's cameras", "cameras",
                    "No camera of yours has the asset tag", List.of("evidence_item", "evidence_camera",
                            "custody_event"), c -> as("oxford.evidence").body(Map.of("title", "Foreign cameras "
                                    + unique(), "category", "INCIDENT", "start", TestClock.today().minusDays(1)
                                    + "T20:00", "end", TestClock.today().minusDays(1) + "T21:00", "cameras",
                                    String.join(", ", c.tags()), "description", "Footage of someone else's"))
                            .post("/api/v1/evidence")),
            new Case("a new DPIA over another partner's site and cameras", "site", "You have no site called",
                    List.of("dpia", "dpia_camera"), c -> FormSession.of("oxford.manager").form()
                            .formParam("reference", "DPIA-FOREIGN-" + unique()).formParam("title", "Foreign")
                            .formParam("owner", "Information governance").formParam("review-day", "1")
                            .formParam("review-month", "6").formParam("review-year",
                                    String.valueOf(TestClock.today().getYear() + 1))
                            .formParam("site", c.site()).formParam("cameras", String.join(", ", c.tags()))
                            .post("/assurance/dpias")),
            new Case("my operator profile cleared for another partnership's council", "clearedPartners",
                    "Choose partners from the list", List.of("operator_profile", "operator_cleared_partner"),
                    c -> operatorClearedFor(c.partner())),
            new Case("my operator profile trained at another operator's hub", "trainedHubs",
                    "Choose hubs from the list", List.of("operator_profile", "operator_trained_hub"),
                    c -> operatorTrainedAt(otherOperatorsHub())));

    private static String friday() {
        return TestClock.today().plusMonths(2).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.FRIDAY)).toString();
    }

    /** The Bristol hub of Avon and Somerset's operator, as that operator sees it. */
    private static long otherOperatorsHub() {
        try {
            return Long.parseLong(rows.first(new OwnedRows.Partner("as-control", "avon-somerset"),
                    "select id::text from hub where operator_partner_id = 'as-control' order by id limit 1")
                    .orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response operatorTrainedAt(long hub) {
        return operatorChanged(List.of(), List.of(hub));
    }

    private static Response operatorClearedFor(String partner) {
        return operatorChanged(List.of(partner), List.of());
    }

    /** The hub operator's first profile sent back as it was read, with more partners cleared or hubs trained at. */
    private static Response operatorChanged(List<String> morePartners, List<Long> moreHubs) {
        io.restassured.path.json.JsonPath profile = as("ods.supervisor").get("/api/v1/rota/operators?size=1").then()
                .statusCode(200).extract().jsonPath();
        long id = profile.getLong("items[0].id");
        Map<String, Object> cleared = profile.getMap("items[0].clearedSince");
        List<String> partners = new ArrayList<>(cleared.keySet());
        partners.addAll(morePartners);
        List<Object> hubs = new ArrayList<>(profile.getList("items[0].trainedHubs"));
        hubs.addAll(moreHubs);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("siaLicence", profile.getString("items[0].siaLicence"));
        body.put("siaExpires", profile.getString("items[0].siaExpires"));
        body.put("contractedHours", profile.getInt("items[0].contractedHours"));
        body.put("trainedHubs", hubs);
        body.put("canSupervise", profile.getBoolean("items[0].canSupervise"));
        body.put("version", profile.getInt("items[0].version"));
        body.put("clearedPartners", partners);
        return as("ods.supervisor").body(body).put("/api/v1/rota/operators/" + id);
    }

    @Test
    void anOwnRecordNamingAnotherPartnersRecordIsRefusedOnThatFieldAndNothingChanges() throws SQLException {
        records();
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Case route : CASES) {
            for (Children foreign : children) {
                if (route.field().equals("clearedPartners") && foreign.partner().startsWith("tv-")) {
                    continue; // an operator is cleared for the councils of its own partnership: that is the form's list
                }
                if (route.field().equals("trainedHubs") && foreign.partner().startsWith("tv-")) {
                    continue; // Thames Valley has one operator: the other partnership's runs the only foreign hub
                }
                String before = rows.checksum(route.tables(), partners);
                Response answer = route.request().apply(foreign);
                asked++;
                String body = answer.asString();
                boolean api = answer.contentType() != null && answer.contentType().contains("json");
                boolean named = api ? body.contains("\"" + route.field() + "\"") && body.contains(route.message())
                        : body.contains("govuk-error-summary") && body.contains(route.message());
                if (answer.statusCode() != 400 || !named) {
                    wrong.add(route.name() + " (" + foreign.partner() + "): " + answer.statusCode() + " "
                            + body.substring(0, Math.min(300, body.length())));
                }
                String after = rows.checksum(route.tables(), partners);
                if (!before.equals(after)) {
                    wrong.add(route.name() + " (" + foreign.partner() + ") changed "
                            + IsolationRequests.difference(before, after));
                }
            }
        }
        assertEquals(16, asked, "every case asked with both partners' records but where a form lists the same"
                + " partnership's or no other operator exists");
        assertEquals(List.of(), wrong, "answers that are not a refusal on the field naming the foreign record");
    }

    @Test
    void anotherPartnersSavedGroupTicksNoneOfItsCameras() throws SQLException {
        String group = rows.first(new OwnedRows.Partner("tv-milton-keynes", "thames-valley"),
                "select id::text from camera_group order by id limit 1").orElseThrow();
        List<String> theirs = MonitoringFixture.tags("tv-milton-keynes", 3);
        String page = FormSession.of("oxford.manager").form().formParam("group", group).formParam("useGroup", "yes")
                .formParam("recurrence", "WEEKLY").post("/bookings/preview").then().statusCode(200).extract()
                .asString();
        assertEquals(List.of(), theirs.stream().filter(page::contains).toList(),
                "no camera of Milton Keynes's group reaches Oxford's form");
        assertEquals(false, java.util.regex.Pattern.compile("name=\"pick\" type=\"checkbox\" value=\"[^\"]*\" checked")
                .matcher(page).find(), "no camera is ticked in the picker by another partner's group");
    }
}
