package org.cctvportal.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.Test;

/**
 * The partnership admin's "Refresh the figures now": a job taking Thames Valley's partners' figures one at a time,
 * from the dashboard's button and through the API, its progress on its page; a refresh whose runner died mid-way is
 * taken up again and ends once.
 */
@QuarkusTest
class FigureRefreshJobTest {

    static final String ADMIN = "opcc.admin";

    @Test
    void theAdminRefreshesTheFiguresFromTheDashboardAndFollowsTheJob() throws Exception {
        given().auth().oauth2(DemoUsers.token(ADMIN)).get("/dashboard/partnership").then().statusCode(200)
                .body(containsString("data-testid=\"refresh-form\""))
                .body(containsString("Refresh the figures now"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/dashboard/partnership").then().statusCode(200)
                .body(not(containsString("data-testid=\"refresh-form\"")));

        FormSession admin = FormSession.of(ADMIN);
        Response started = admin.form().post("/dashboard/partnership/refresh");
        assertEquals(303, started.statusCode(), started.asString());
        String location = started.header("Location").replaceFirst("^https?://[^/]+", "");
        assertTrue(location.startsWith("/jobs/"), location);
        String job = location.substring("/jobs/".length());
        JsonPath ended = JobWait.ended(admin.token(), job);

        long partners = number("select count(*) from partner where partnership_id = 'thames-valley'");
        assertEquals("DONE", ended.getString("status"), ended.getString("message"));
        assertEquals(partners, ended.getLong("total"), "one step per partner");
        assertEquals(partners, ended.getLong("done"));
        assertEquals("The dashboard figures of " + partners + " partners were taken again", ended.getString("message"));
        assertTrue(ended.getString("result").endsWith("/dashboard/partnership"), ended.getString("result"));
        given().auth().oauth2(admin.token()).get(location).then().statusCode(200)
                .body(containsString("Refreshing the partnership&#39;s dashboard figures"))
                .body(containsString("data-testid=\"job-percent\">100%<"));
        assertEquals(1, number("select count(*) from notification where source_key = 'JOB_ENDED:job:" + job + "'"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get(location).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).post("/api/v1/dashboards/partnership/refresh").then()
                .statusCode(403);
    }

    @Test
    void aRefreshWhoseRunnerDiedIsTakenUpAgainAndEndsOnce() throws Exception {
        String job;
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_stop_refresh() returns trigger language plpgsql as $$"
                    + " begin if new.kind = 'dashboard-refresh' and new.done = 3 then raise exception 'stopped';"
                    + " end if; return new; end $$");
            sql.execute("create trigger test_stop_refresh before update on portal_job for each row"
                    + " execute function test_stop_refresh()");
            try {
                Response started = given().auth().oauth2(DemoUsers.token(ADMIN)).contentType("application/json")
                        .post("/api/v1/dashboards/partnership/refresh");
                assertEquals(202, started.statusCode(), started.asString());
                job = started.jsonPath().getString("id");
                assertTrue(started.header("Location").endsWith("/api/v1/jobs/" + job));
                JsonPath stopped = JobWait.ended(DemoUsers.token(ADMIN), job);
                assertEquals("FAILED", stopped.getString("status"));
                assertEquals(2, stopped.getLong("done"), "two partners' figures were taken before it stopped");
            } finally {
                sql.execute("drop trigger test_stop_refresh on portal_job");
                sql.execute("drop function test_stop_refresh()");
            }
        }
        long audited = number("select count(*) from audit_event where action = 'dashboard.refreshed'");
        JobWait.abandoned("tv-opcc", job);

        JsonPath finished = JobWait.ended(DemoUsers.token(ADMIN), job);

        assertEquals("DONE", finished.getString("status"), finished.getString("message"));
        assertEquals(finished.getLong("total"), finished.getLong("done"));
        assertEquals(audited + 1, number("select count(*) from audit_event where action = 'dashboard.refreshed'"),
                "recorded once, when it ends");
        assertEquals(1, number("select count(*) from notification where source_key = 'JOB_ENDED:job:" + job + "'"));
    }

    private static long number(String query) throws Exception {
        try (Connection owner = CutOff.owner("tv-opcc"); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.partnership', 'thames-valley', false)");
            ResultSet rows = sql.executeQuery(query);
            rows.next();
            return rows.getLong(1);
        }
    }
}
