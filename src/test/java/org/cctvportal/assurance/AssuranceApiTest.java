package org.cctvportal.assurance;

import static org.cctvportal.assurance.AssuranceFixture.as;
import static org.cctvportal.assurance.AssuranceFixture.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The assurance registers through the API with real tokens: the code-of-practice self-assessment, DPIAs, subject
 * access requests and switch-off notices, each write checked with the pages' words (a 400 naming the field that
 * changes nothing), each record another partner's caller does not find.
 */
@QuarkusTest
class AssuranceApiTest {

    static final String COP = "/api/v1/assurance/code-of-practice";
    static final String DPIAS = "/api/v1/assurance/dpias";
    static final String SARS = "/api/v1/assurance/disclosures/sars";

    @Test
    void aManagerAssessesAPrincipleAndTheOfficeSeesIt() {
        String evidence = unique("Signage survey");
        LocalDate review = TestClock.today().plusYears(1);
        Object before = as("oxford.manager").get(COP).then().statusCode(200).body("", hasSize(12))
                .extract().path("find { it.principle == 3 }");
        as("oxford.manager").body(Map.of("status", "MET")).put(COP + "/3").then().statusCode(400)
                .body("fieldErrors.evidence", containsString("Enter the evidence for principle 3"))
                .body("fieldErrors.review", equalTo("Enter the review date"));
        as("oxford.manager").body(Map.of("status", "MET", "evidence", evidence, "review", "next spring"))
                .put(COP + "/3").then().statusCode(400).body("fieldErrors.review", containsString("a real date"));
        assertEquals(before, as("oxford.manager").get(COP).then().extract().path("find { it.principle == 3 }"));
        as("oxford.viewer").body(Map.of("status", "MET", "evidence", evidence, "review", review.toString()))
                .put(COP + "/3").then().statusCode(403);
        as("oxford.manager").body(Map.of("status", "MET", "evidence", evidence, "review", review.toString()))
                .put(COP + "/13").then().statusCode(404);

        as("oxford.manager").body(Map.of("status", "MET", "evidence", evidence, "review", review.toString()))
                .put(COP + "/3").then().statusCode(200).body("status", equalTo("MET"))
                .body("evidence", equalTo(evidence)).body("reviewDate", equalTo(review.toString()));
        as("opcc.analyst").get(COP + "/partnership").then().statusCode(200)
                .body("lines.findAll { it.partnerId == 'tv-oxford-city' && it.principle == 3 }.evidence",
                        hasItem(evidence))
                .body("partners.partnerId", hasItem("tv-oxford-city"));
        as("as-opcc.analyst").get(COP + "/partnership").then().statusCode(200)
                .body("lines.evidence", org.hamcrest.Matchers.not(hasItem(evidence)));
    }

    @Test
    void aDpiaIsRecordedAndChangedAndBadInputChangesNothing() {
        int total = as("oxford.manager").get(DPIAS + "?size=1").then().statusCode(200).body("pageSize", equalTo(1))
                .extract().path("total");
        as("oxford.manager").body(Map.of()).post(DPIAS).then().statusCode(400)
                .body("fieldErrors.reference", notNullValue()).body("fieldErrors.title", notNullValue())
                .body("fieldErrors.status", equalTo("Select the DPIA's status"))
                .body("fieldErrors.review", notNullValue());
        String reference = unique("DPIA");
        Map<String, Object> dpia = Map.of("reference", reference, "title", "Town centre cameras", "owner",
                "Data protection officer", "status", "DRAFT", "review", TestClock.today().plusMonths(6).toString(),
                "cameras", List.of());
        int id = as("oxford.manager").body(dpia).post(DPIAS).then().statusCode(201)
                .header("Location", containsString(DPIAS + "/")).body("reference", equalTo(reference))
                .body("status", equalTo("DRAFT")).extract().path("id");
        as("oxford.manager").body(dpia).post(DPIAS).then().statusCode(400)
                .body("fieldErrors.reference", containsString("already in the register"));
        as("oxford.manager").get(DPIAS + "?size=1").then().body("total", equalTo(total + 1));

        Map<String, Object> approved = new java.util.HashMap<>(dpia);
        approved.put("status", "APPROVED");
        approved.put("title", "Town centre cameras, approved");
        as("oxford.manager").body(approved).put(DPIAS + "/" + id).then().statusCode(400)
                .body("fieldErrors.approved", containsString("Enter the date the DPIA was approved"));
        as("oxford.viewer").get(DPIAS + "/" + id).then().statusCode(200).body("title", equalTo("Town centre cameras"));
        approved.put("approved", TestClock.today().toString());
        as("oxford.manager").body(approved).put(DPIAS + "/" + id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedOn", equalTo(TestClock.today().toString()));

        as("cherwell.manager").get(DPIAS + "/" + id).then().statusCode(404);
        as("cherwell.manager").body(dpia).put(DPIAS + "/" + id).then().statusCode(404);
        as("oxford.auditor").get(DPIAS + "/" + id).then().statusCode(200).body("title", containsString("approved"));
    }

    @Test
    void aSubjectAccessRequestIsReceivedExtendedAndClosedOnItsClock() {
        String reference = unique("SAR");
        as("oxford.manager").body(Map.of("reference", reference, "requester", "A resident", "received",
                TestClock.today().plusDays(5).toString())).post(SARS).then().statusCode(400)
                .body("fieldErrors.received", containsString("cannot be in the future"));
        as("oxford.auditor").get(SARS + "?size=200").then().statusCode(200)
                .body("items.reference", org.hamcrest.Matchers.not(hasItem(reference)));
        JsonPath made = as("tvp.evidence").body(Map.of("reference", reference, "requester", "A resident",
                "received", TestClock.today().toString())).post(SARS).then().statusCode(201).extract().jsonPath();
        long id = made.getLong("id");
        assertEquals("OPEN", made.getString("status"));
        LocalDate due = LocalDate.parse(made.getString("dueOn"));

        as("tvp.evidence").body(Map.of()).post(SARS + "/" + id + "/extend").then().statusCode(400)
                .body("fieldErrors.until", equalTo("Enter the date the extension runs to"))
                .body("fieldErrors.reason", containsString("Enter why more time is needed"));
        as("tvp.evidence").body(Map.of("until", due.plusMonths(1).toString(), "reason", "Many cameras to review"))
                .post(SARS + "/" + id + "/extend").then().statusCode(200)
                .body("extendedTo", equalTo(due.plusMonths(1).toString()))
                .body("deadline", equalTo(due.plusMonths(1).toString()));
        as("tvp.evidence").body(Map.of("outcome", "MAYBE")).post(SARS + "/" + id + "/close").then().statusCode(400)
                .body("fieldErrors.outcome", containsString("responded to or withdrawn"));
        as("tvp.evidence").body(Map.of("outcome", "RESPONDED")).post(SARS + "/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("RESPONDED"));
        as("tvp.evidence").body(Map.of("outcome", "WITHDRAWN")).post(SARS + "/" + id + "/close").then()
                .statusCode(400).body("fieldErrors.outcome", containsString("already responded"));

        as("oxford.auditor").get(SARS + "/" + id).then().statusCode(404);
        as("tvp.evidence").get(SARS + "?status=late").then().statusCode(400).body("fieldErrors.status",
                notNullValue());
        as("tvp.evidence").get(SARS + "/" + id).then().statusCode(200).body("reference", equalTo(reference));
        as("oxford.viewer").get(SARS).then().statusCode(403);
        as("oxford.auditor").get("/api/v1/assurance/disclosures?size=2").then().statusCode(200)
                .body("pageSize", equalTo(2));
    }

    @Test
    void theOfficeAcknowledgesANoticeOnceWithANote() {
        String tag = AssuranceFixture.camera("cherwell.manager", "NOTICE");
        AssuranceFixture.status("cherwell.manager", tag, "Decommissioned", "Removed for resurfacing");
        List<Integer> open = as("opcc.analyst").get("/api/v1/assurance/notices?status=open&size=200").then()
                .statusCode(200).extract().path("items.findAll { it.partnerId == 'tv-cherwell' }.id");
        long notice = open.stream().filter(n -> as("opcc.analyst").get("/api/v1/assurance/notices/" + n).then()
                .extract().<List<String>>path("cameras.assetTag").contains(tag)).findFirst().orElseThrow();
        String path = "/api/v1/assurance/notices/" + notice;

        as("opcc.analyst").body(Map.of("note", "Seen")).post(path + "/acknowledge").then().statusCode(403);
        as("opcc.admin").body(Map.of()).post(path + "/acknowledge").then().statusCode(400)
                .body("fieldErrors.note", containsString("Enter a note"));
        as("opcc.admin").get(path).then().body("row.acknowledgedAt", equalTo(null));
        as("as-opcc.admin").body(Map.of("note", "Not ours")).post(path + "/acknowledge").then().statusCode(404);
        as("opcc.admin").body(Map.of("note", "Resurfacing agreed with the council")).post(path + "/acknowledge")
                .then().statusCode(200).body("row.note", equalTo("Resurfacing agreed with the council"))
                .body("row.acknowledgedBy", notNullValue()).body("cameras.assetTag", hasItem(tag));
        as("opcc.admin").body(Map.of("note", "Again")).post(path + "/acknowledge").then().statusCode(400)
                .body("fieldErrors.note", containsString("already acknowledged"));
        as("as-opcc.analyst").get(path).then().statusCode(404);
    }
}
