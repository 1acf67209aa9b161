package org.cctvportal.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.Statement;

/** Following a job a page or the API started until it ends, as a person's page (or a client) would. */
public final class JobWait {

    private JobWait() {
    }

    /** Posts the commit of an import's preview page and answers its job once it has ended. */
    public static JsonPath commit(FormSession session, String preview) {
        Response started = session.form().post(preview + "/commit");
        assertEquals(303, started.statusCode(), started.asString());
        String location = started.header("Location").replaceFirst("^https?://[^/]+", "");
        return ended(session.token(), location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * Posts the confirmed ratification of a draft, as its page does, and answers the job evaluating the estate
     * against it once it has ended: findings are read after that.
     */
    public static JsonPath ratified(FormSession admin, long draft) {
        Response started = admin.form().formParam("confirm", "yes").post("/specification/" + draft + "/ratify");
        assertEquals(303, started.statusCode(), started.asString());
        String location = started.header("Location").replaceFirst("^https?://[^/]+", "");
        assertEquals(true, location.startsWith("/jobs/"), "the ratification leads to its evaluation: " + location);
        JsonPath job = ended(admin.token(), location.substring("/jobs/".length()));
        assertEquals("DONE", job.getString("status"), job.getString("message"));
        return job;
    }

    /**
     * Leaves a partner's job as a runner that died an hour ago would have left it: running, on a host that no longer
     * beats, so the next runner takes it up again from where it was.
     */
    public static void abandoned(String partner, String jobId) throws Exception {
        try (Connection owner = CutOff.owner(partner); Statement sql = owner.createStatement()) {
            assertEquals(1, sql.executeUpdate("update portal_job set status = 'RUNNING', finished_at = null,"
                    + " message = null, runner = 'dead-host/00000000', heartbeat_at = now() - interval '1 hour'"
                    + " where id = '" + jobId + "'"));
        }
    }

    /** The job as the API answers it once its status is DONE or FAILED (within a minute). */
    public static JsonPath ended(String token, String jobId) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Response answer = given().auth().oauth2(token).get("/api/v1/jobs/" + jobId);
            // A 503 while a test has cut the database off is asked again, as a client would.
            if (answer.statusCode() != 503) {
                assertEquals(200, answer.statusCode(), answer.asString());
                JsonPath job = answer.jsonPath();
                if (job.getString("status").equals("DONE") || job.getString("status").equals("FAILED")) {
                    return job;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("job " + jobId + " did not end within a minute");
        return null;
    }
}
