package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.PackageFixture.OFFICER;
import static org.cctvportal.evidence.PackageFixture.number;
import static org.cctvportal.evidence.PackageFixture.send;
import static org.cctvportal.evidence.PackageFixture.text;
import static org.cctvportal.evidence.PackageFixture.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Disclosure packages on the real stack: a subject access package's zip holds exactly the files its manifest names
 * (hashes taken again here), a covering letter that reads back, and enters the register and stops the request's
 * clock; refused input changes nothing; another partner cannot reach a package.
 */
@QuarkusTest
class DisclosurePackageTest {

    @Test
    void aSubjectAccessPackageHoldsItsManifestsFilesAndLetterAndStopsTheClock() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        String reference = unique("SAR");
        long sar = PackageFixture.request(reference);

        Response sent = send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason",
                "Article 15: the requester's own images"), footage.redacted());

        String id = PackageFixture.sent(sent);
        String packageRef = text("select reference from disclosure_package where id = ?::uuid", id);
        byte[] zip = PackageFixture.download(OFFICER, id);
        assertEquals(text("select sha256 from disclosure_package where id = ?::uuid", id),
                EvidenceApiSupport.sha256(zip), "the stored zip is the one its hash names");
        Map<String, byte[]> entries = EvidenceVaultTest.unzip(zip);
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertEquals(1, manifest.get("files").size());
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = entries.get(file.get("path").asText());
            assertEquals(file.get("sha256").asText(), EvidenceApiSupport.sha256(bytes), "hash taken again");
            assertEquals(footage.redactedSha(), file.get("sha256").asText());
            assertTrue(file.get("redacted").asBoolean());
        }
        String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertTrue(sums.contains(EvidenceApiSupport.sha256(entries.get("covering-letter.pdf")) + "  covering-letter.pdf"),
                sums);
        try (PDDocument letter = Loader.loadPDF(entries.get("covering-letter.pdf"))) {
            String words = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            // A long reference may wrap at its hyphen, so references are looked for with the spaces taken out.
            String compact = words.replace(" ", "");
            assertTrue(compact.contains(reference) && words.contains("Article 15") && words.contains("Ms Q. Test")
                    && compact.contains(packageRef), words);
        }

        assertEquals("RESPONDED", text("select status from subject_access_request where id = ?", sar));
        assertEquals(TestClock.today().toString(), text("select closed_on::text from subject_access_request"
                + " where id = ?", sar), "the clock stops the day the package is sent");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/assurance/disclosures").then().statusCode(200)
                .body(containsString("Disclosure package " + packageRef + " (1 file)"))
                .body(containsString("data-reference=\"" + reference + "\""));
        assertEquals(1, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'"
                + " and file_id = ?::uuid", footage.item(), footage.redacted()));
        assertEquals(true, EvidenceVaultTest.verify(footage.item()).path("chainWhole"));
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/evidence/packages/" + id).then().statusCode(200)
                .body(containsString(packageRef)).body(containsString(footage.redactedSha()));
    }

    @Test
    void refusedInputSaysWhyAndChangesNothing() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        String reference = unique("SAR");
        long sar = PackageFixture.request(reference);
        long before = number("select count(*) from disclosure_package");

        send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason", "Own images")).then()
                .statusCode(400).body(containsString("Select the files to disclose"));
        send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason", "Own images"),
                footage.master()).then().statusCode(400).body(containsString("master.mp4 is not redacted"))
                .body(containsString("data-testid=\"error-summary\""));
        send(OFFICER, Map.of("kind", "INSURANCE", "reason", "Claim"), footage.master()).then().statusCode(400)
                .body(containsString("Enter the insurer&#39;s claim reference"));

        assertEquals(before, number("select count(*) from disclosure_package"));
        assertEquals("OPEN", text("select status from subject_access_request where id = ?", sar));
        assertEquals(0, number("select count(*) from custody_event where item_id = ? and action = 'PACKAGED'",
                footage.item()));

        // With a recorded reason the unredacted master may go, and the reason travels with the package.
        Response sent = send(OFFICER, Map.of("kind", "SUBJECT_ACCESS", "request", "" + sar, "reason", "Own images",
                "unredactedReason", "Nobody else is in view"), footage.master());
        PackageFixture.sent(sent);
        assertEquals("Nobody else is in view", text("select unredacted_reason from disclosure_package where"
                + " request_id = ?", sar));
    }

    @Test
    void anotherPartnerCannotReachOrSendAPackage() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        Response sent = send(OFFICER, Map.of("kind", "POLICE", "reference", "43260299999", "recipient",
                "Thames Valley Police", "reason", "Prevention and detection of crime"), footage.master());
        String id = PackageFixture.sent(sent);

        String police = DemoUsers.token("tvp.evidence");
        given().auth().oauth2(police).get("/evidence/packages/" + id).then().statusCode(404);
        given().auth().oauth2(police).get("/evidence/packages/" + id + "/download").then().statusCode(404);
        given().auth().oauth2(police).get("/evidence/packages").then().statusCode(200)
                .body(not(containsString(id)));
        // Oxford's file is not the force's to disclose, even by its id.
        send("tvp.evidence", Map.of("kind", "POLICE", "reference", "X1", "recipient", "Someone", "reason", "Try"),
                footage.master()).then().statusCode(400).body(containsString("no longer in your partner"));
    }

    @Test
    void theApiSendsAPackageAsTheFormDoesAnsweringTheJob() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        String officer = DemoUsers.token(OFFICER);
        given().auth().oauth2(officer).contentType("application/json").body(Map.of("kind", "POLICE", "reason", "Crime",
                "files", java.util.List.of(footage.master()))).post("/api/v1/evidence/packages").then().statusCode(400)
                .body("fieldErrors.reference", containsString("Enter the force's crime or request reference"));
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).contentType("application/json").body(Map.of())
                .post("/api/v1/evidence/packages").then().statusCode(403);

        Response started = given().auth().oauth2(officer).contentType("application/json").body(Map.of("kind",
                "POLICE", "reference", "43260288888", "recipient", "Thames Valley Police", "reason", "Crime",
                "files", java.util.List.of(footage.master(), footage.redacted()))).post("/api/v1/evidence/packages");

        assertEquals(202, started.statusCode(), started.asString());
        assertEquals("disclosure-package", started.path("kind"));
        assertTrue(started.header("Location").endsWith("/api/v1/jobs/" + started.path("id")));
        var job = org.cctvportal.support.JobWait.ended(officer, started.path("id"));
        assertEquals("DONE", job.getString("status"), job.getString("message"));
        assertEquals(2, job.getLong("total"));
        assertEquals(2, job.getLong("done"));
        String id = job.getString("subjectId");
        assertTrue(job.getString("result").startsWith("/evidence/packages/" + id), job.getString("result"));
        assertTrue(job.getString("message").contains("sent to Thames Valley Police"), job.getString("message"));
        assertEquals(2, number("select count(*) from disclosure_package_file where package_id = ?::uuid", id));
        assertEquals("oxford.evidence", text("select actor from custody_event where item_id = ? and action ="
                + " 'PACKAGED' and file_id = ?::uuid", footage.item(), footage.master()), "custody names the sender");
    }

    @Test
    void aDerivativeDeclaredRedactedSaysWhoSaidSoAndAMasterCannotBe() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        assertEquals("t", text("select redacted::text from evidence_file where id = ?::uuid", footage.redacted())
                .substring(0, 1));
        assertTrue(text("select detail from custody_event where file_id = ?::uuid and action = 'UPLOADED'",
                footage.redacted()).contains("declared redacted by oxford.evidence"));
        EvidenceApiSupport.upload(OFFICER, footage.item(), EvidenceApiSupport.clip(5_000), "m.mp4",
                "kind=MASTER&redacted=true").then().statusCode(400)
                .body(containsString("Only a derivative can be marked redacted"));
    }

    @Test
    void theDemoHasASentSubjectAccessPackageOfARedactedCopy() throws Exception {
        // The demo asks for its package as a person does; the job runner makes it within seconds of the start.
        String job = "select status from portal_job where kind = 'disclosure-package' and subject_id = (select"
                + " id::text from disclosure_package_request where request_reference = 'SAR-2026-041')";
        long until = System.currentTimeMillis() + 60_000;
        while (!"DONE".equals(text(job)) && System.currentTimeMillis() < until) {
            Thread.sleep(250);
        }
        assertEquals("DONE", text(job), "the demo's package job has finished");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/evidence/packages/" + text("select id::text"
                + " from disclosure_package where request_reference = 'SAR-2026-041'")).then().statusCode(200)
                .body(containsString("data-testid=\"package-job\""));
        assertEquals("RESPONDED", text("select status from subject_access_request where reference = 'SAR-2026-041'"));
        assertEquals(1, number("select count(*) from disclosure_package d join disclosure_package_file f on"
                + " f.package_id = d.id where d.request_reference = 'SAR-2026-041' and f.redacted"));
        given().auth().oauth2(DemoUsers.token(OFFICER)).get("/evidence/packages").then().statusCode(200)
                .body(containsString("Subject access request SAR-2026-041"));
    }
}
