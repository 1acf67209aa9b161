package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.Test;

/**
 * An import's cameras reach the dashboard at the first round after its last chunk, and its earlier chunks do not make
 * a round of their own each: a chunk with more to come marks its partner due {@code portal.dashboard.wait-for-more}
 * later (30 s in tests), the last chunk at once, and the round that takes the partner takes every mark with it.
 */
@QuarkusTest
class ImportFiguresTest {

    static final String PARTNER = "tv-oxford-city";

    @Inject
    DashboardFigures figures;

    @Inject
    ChangedDashboards changed;

    @Test
    void anImportsCamerasReachTheDashboardOnceItsLastChunkCommits() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String site = "Marks site " + id;
        String manager = DemoUsers.token("oxford.manager");
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("name", site, "kind", "Town centre", "postcode", "ox1 3ds")).post("/api/v1/sites")
                .then().statusCode(201);
        figures.refreshAll();
        changed.refreshChanged();
        assertEquals(0, changed.refreshChanged(), "nothing is left marked after a round");
        long liveBefore = live(manager);

        // Five cameras, in chunks of two rows (the tests' chunk size): three chunks, the last with one row.
        StringBuilder file = new StringBuilder("asset_tag,site,manufacturer,model,type,status\n");
        for (int row = 1; row <= 5; row++) {
            file.append("MARK").append(row).append('-').append(id).append(',').append(site)
                    .append(",Axis,P3265,Dome,Live\n");
        }
        Response upload = given().auth().oauth2(manager).queryParam("subject", "cameras")
                .queryParam("fileName", "marks.csv").contentType("text/csv")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports");
        assertEquals(201, upload.statusCode(), upload.asString());
        Response commit = given().auth().oauth2(manager).contentType("application/json")
                .post("/api/v1/imports/" + upload.jsonPath().getString("id") + "/commit");
        assertEquals(202, commit.statusCode(), commit.asString());
        JsonPath job = JobWait.ended(manager, commit.jsonPath().getString("id"));
        assertEquals("DONE", job.getString("status"), job.getString("message"));

        assertEquals(2, marks("due_at > now() + interval '20 seconds'"),
                "the two chunks with more to come each marked Oxford due later");
        assertTrue(marks("due_at <= now()") >= 1, "the last chunk marked Oxford due at once");
        assertEquals(liveBefore, live(manager), "the kept figures have not moved before the round");

        assertEquals(1, changed.refreshChanged(), "the round takes Oxford, for the last chunk's mark");
        assertEquals(liveBefore + 5, live(manager), "every chunk's cameras are in the figures it took");
        assertEquals(0, marks("true"), "the marks that were to wait went with the round that took their changes");
        assertEquals(0, changed.refreshChanged());
    }

    private static long marks(String condition) throws Exception {
        try (Connection owner = CutOff.owner(PARTNER); Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from dashboard_change where partner_id = '"
                        + PARTNER + "' and " + condition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long live(String token) {
        String page = given().auth().oauth2(token).get("/dashboard/partner").then().statusCode(200).extract()
                .asString();
        Matcher m = Pattern.compile("data-testid=\"status-row\" data-key=\"LIVE\" data-figure=\"([0-9,]+)\"")
                .matcher(page);
        assertTrue(m.find(), "the partner's dashboard shows its live cameras");
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
