package org.cctvportal.compliance;

import static org.cctvportal.compliance.ComplianceEngineTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.JobWait;
import org.junit.jupiter.api.Test;

/**
 * The evaluation after a ratification as a job, on the real stack: it goes through Avon and Somerset's partners one at
 * a time, each partner's findings committed with the job's progress and told to the partner's webhook subscribers;
 * a job whose runner died mid-way is taken up again after the last partner it finished, and ends once: one audit
 * record, one notification, one webhook event for a partner already done.
 */
@QuarkusTest
class RatificationEvaluationTest {

    static final String ADMIN = "as-opcc.admin";
    static final String BRISTOL = "bristol.manager";

    /** A new draft of Avon's raising the fixed-camera minimum to {@code mp}; any draft there is is ratified first. */
    static long draftWithFixedMinimum(String mp) {
        Long existing = as(ADMIN).get("/api/v1/specification?size=200").then().statusCode(200).extract().jsonPath()
                .getObject("items.find { it.status == 'DRAFT' }?.id", Long.class);
        if (existing != null) {
            String job = as(ADMIN).body(Map.of("confirm", true))
                    .post("/api/v1/specification/" + existing + "/ratification").then().statusCode(200).extract()
                    .jsonPath().getString("evaluation.id");
            JobWait.ended(DemoUsers.token(ADMIN), job);
        }
        long draft = as(ADMIN).post("/api/v1/specification").then().statusCode(201).extract().jsonPath()
                .getLong("version.id");
        as(ADMIN).body(Map.of("minMp", mp)).put("/api/v1/specification/" + draft + "/minimum-resolutions/FIXED")
                .then().statusCode(200);
        return draft;
    }

    @Test
    void aRatificationsEvaluationRunsPartnerByPartnerAndGoesOnAfterARestartFromWhereItStopped() throws Exception {
        long camera = ComplianceEngineTest.camera(BRISTOL, ComplianceEngineTest.site(BRISTOL, false),
                Map.of("type", "FIXED", "resolutionMp", "6"));
        long subscription = as(BRISTOL).body(Map.of("url", "http://127.0.0.1:9/ratification-hook", "description",
                "Ratification test", "events", List.of("finding.raised"))).post("/api/v1/webhooks").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long draft = draftWithFixedMinimum("12");
        // Bristol's place among Avon's partners in the evaluation's order: the step after it is stopped.
        long bristol = number("as-opcc", "select count(*) from partner where partnership_id = 'avon-somerset'"
                + " and kind <> 'BUSINESS' and id <= 'as-bristol'");
        String job;
        // The runner dies in its second step (the database refuses the step's record of progress, so nothing of the
        // step stands); the first partner's findings are committed.
        try (Connection owner = CutOff.owner(); Statement sql = owner.createStatement()) {
            sql.execute("create or replace function test_stop_evaluation() returns trigger language plpgsql as $$"
                    + " begin if new.kind = 'compliance-evaluation' and new.subject_id = '" + draft + "'"
                    + " and new.done = " + (bristol + 1) + " then raise exception 'stopped'; end if; return new; end $$");
            sql.execute("create trigger test_stop_evaluation before update on portal_job for each row"
                    + " execute function test_stop_evaluation()");
            try {
                JsonPath ratified = as(ADMIN).body(Map.of("confirm", true))
                        .post("/api/v1/specification/" + draft + "/ratification").then().statusCode(200).extract()
                        .jsonPath();
                assertEquals("RATIFIED", ratified.getString("version.status"));
                assertTrue(List.of("QUEUED", "RUNNING").contains(ratified.getString("evaluation.status")));
                assertTrue(ratified.getString("evaluation.link").endsWith("/api/v1/jobs/" + ratified.getString(
                        "evaluation.id")));
                job = ratified.getString("evaluation.id");
                JsonPath stopped = JobWait.ended(DemoUsers.token(ADMIN), job);
                assertEquals("FAILED", stopped.getString("status"));
                assertEquals(bristol, stopped.getLong("done"), "the steps up to Bristol's stand");
                assertTrue(stopped.getLong("total") > bristol, "Avon's partners, one step each: " + stopped.prettify());
            } finally {
                sql.execute("drop trigger test_stop_evaluation on portal_job");
                sql.execute("drop function test_stop_evaluation()");
            }
        }
        // Bristol was evaluated and its subscribers told, before the runner died.
        ComplianceEngineTest.open(BRISTOL, "camera", camera, "MIN_RESOLUTION");
        assertEquals(1, number("as-bristol", "select count(*) from webhook_delivery where subscription_id = "
                + subscription + " and event_kind = 'finding.raised'"));
        assertEquals(0, number("as-opcc", audited(draft)));
        JobWait.abandoned("as-opcc", job);

        JsonPath finished = JobWait.ended(DemoUsers.token(ADMIN), job);

        assertEquals("DONE", finished.getString("status"), finished.getString("message"));
        assertEquals(finished.getLong("total"), finished.getLong("done"));
        assertEquals(100, finished.getInt("percent"));
        assertTrue(finished.getString("message").startsWith("Every partner's estate (" + finished.getLong("total")
                + " partners) checked against Version "), finished.getString("message"));
        assertTrue(finished.getString("message").contains("taken up again after " + bristol + " partner"),
                finished.getString("message"));
        assertTrue(finished.getString("result").endsWith("/compliance"), finished.getString("result"));
        assertEquals(1, number("as-bristol", "select count(*) from compliance_finding where asset_kind = 'CAMERA'"
                + " and asset_id = " + camera + " and rule = 'MIN_RESOLUTION' and status = 'OPEN'"));
        assertEquals(1, number("as-bristol", "select count(*) from webhook_delivery where subscription_id = "
                + subscription + " and event_kind = 'finding.raised'"), "Bristol is not evaluated again");
        assertEquals(1, number("as-opcc", audited(draft)), "the evaluation is recorded once, when it ends");
        assertEquals(1, number("as-opcc", "select count(*) from notification where source_key = 'JOB_ENDED:job:"
                + job + "' and link = '/jobs/" + job + "'"), "the admin who ratified is told, once");
        as(BRISTOL).delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
    }

    @Test
    void theEvaluationIsSeenAtThePccOfficeOnlyAndFromTheVersionsPage() {
        long draft = draftWithFixedMinimum("3");
        JsonPath ratified = as(ADMIN).body(Map.of("confirm", true))
                .post("/api/v1/specification/" + draft + "/ratification").then().statusCode(200).extract().jsonPath();
        String job = ratified.getString("evaluation.id");
        JobWait.ended(DemoUsers.token(ADMIN), job);
        as(BRISTOL).get("/api/v1/jobs/" + job).then().statusCode(404);
        as("opcc.admin").get("/jobs/" + job).then().statusCode(404);
        as(ADMIN).get("/jobs/" + job).then().statusCode(200);
        // The version's page says the estate was checked against it, and links the check.
        as(ADMIN).get("/specification/" + draft).then().statusCode(200)
                .body(containsString("data-testid=\"version-evaluation\" data-status=\"DONE\""))
                .body(containsString("href=\"/jobs/" + job + "\""));
        // A version read afterwards carries no job: only the ratification's answer links it.
        assertNull(as(ADMIN).get("/api/v1/specification/" + draft).then().statusCode(200).extract().jsonPath()
                .get("evaluation"));
    }

    private static String audited(long draft) {
        return "select count(*) from audit_event where action = 'compliance.evaluated' and entity_id = '" + draft + "'";
    }

    private static long number(String partner, String query) throws Exception {
        try (Connection owner = CutOff.owner(partner); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.partnership', 'avon-somerset', false)");
            ResultSet rows = sql.executeQuery(query);
            rows.next();
            return rows.getLong(1);
        }
    }
}
