package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;

/** Oxford's evidence and requests for the disclosure package tests: an item with a master and a redacted copy. */
final class PackageFixture {

    static final String OFFICER = "oxford.evidence";
    static final String OXFORD = "tv-oxford-city";

    /** An item of Oxford's with its master and a derivative declared redacted. */
    record Footage(long item, String master, String masterSha, String redacted, String redactedSha) {
    }

    private PackageFixture() {
    }

    static Footage footage() throws Exception {
        long item = EvidenceApiSupport.createItem(OFFICER, Map.of());
        byte[] master = EvidenceApiSupport.clip(20_000);
        String masterId = EvidenceApiSupport.upload(OFFICER, item, master, "master.mp4", null).then().statusCode(201)
                .extract().path("file.id");
        byte[] blurred = EvidenceApiSupport.clip(12_000);
        Response derivative = EvidenceApiSupport.upload(OFFICER, item, blurred, "blurred.mp4",
                "kind=DERIVATIVE&derivedFrom=" + masterId + "&label=Faces%20blurred&redacted=true");
        derivative.then().statusCode(201);
        return new Footage(item, masterId, EvidenceApiSupport.sha256(master), derivative.path("file.id"),
                EvidenceApiSupport.sha256(blurred));
    }

    /** A new open subject access request of Oxford's, received three days ago; its id. */
    static long request(String reference) throws Exception {
        LocalDate received = TestClock.today().minusDays(3);
        FormSession.of(OFFICER).form().formParam("reference", reference).formParam("requester", "Ms Q. Test")
                .formParam("received-day", "" + received.getDayOfMonth())
                .formParam("received-month", "" + received.getMonthValue())
                .formParam("received-year", "" + received.getYear()).post("/assurance/disclosures/sars").then()
                .statusCode(303);
        return number("select id from subject_access_request where reference = ?", reference);
    }

    static Response send(String user, Map<String, String> fields, String... files) {
        var form = FormSession.of(user).form().redirects().follow(false);
        fields.forEach(form::formParam);
        for (String file : files) {
            form.formParam("file", file);
        }
        return form.post("/evidence/packages");
    }

    /**
     * The job a sent form started, followed until it ends (as the person's job page is): the form leads to the job's
     * page, and the job is answered as the API shows it.
     */
    static io.restassured.path.json.JsonPath made(Response sent) {
        org.junit.jupiter.api.Assertions.assertEquals(303, sent.statusCode(), sent.asString());
        String location = sent.header("Location").replaceFirst("^https?://[^/]+", "");
        org.junit.jupiter.api.Assertions.assertTrue(location.startsWith("/jobs/"), location);
        return org.cctvportal.support.JobWait.ended(DemoUsers.token(OFFICER), location.substring("/jobs/".length()));
    }

    /** The package a sent form made: its job ended DONE; the package takes the job's record's id. */
    static String sent(Response sent) {
        io.restassured.path.json.JsonPath job = made(sent);
        org.junit.jupiter.api.Assertions.assertEquals("DONE", job.getString("status"), job.getString("message"));
        return job.getString("subjectId");
    }

    static byte[] download(String user, String packageId) {
        return given().auth().oauth2(DemoUsers.token(user)).get("/evidence/packages/" + packageId + "/download")
                .then().statusCode(200).extract().asByteArray();
    }

    static long number(String query, Object... params) throws Exception {
        return Long.parseLong(text(query, params));
    }

    static String text(String query, Object... params) throws Exception {
        try (Connection owner = CutOff.owner(OXFORD); PreparedStatement sql = owner.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                sql.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + EvidenceApiSupport.suffix();
    }
}
