package org.cctvportal.evidence;

import static io.restassured.RestAssured.given;
import static org.cctvportal.evidence.PackageFixture.OFFICER;
import static org.cctvportal.evidence.PackageFixture.send;
import static org.cctvportal.evidence.PackageFixture.text;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A package shared by link: the link downloads the very zip without a sign-in until the end of its last day, then
 * is not found (the portal's clock moved past it); a last day in the past is refused and issues nothing.
 */
@QuarkusTest
class DisclosurePackageShareTest {

    private static final Pattern LINK = Pattern.compile("data-testid=\"share-link\">([^<]+)<");

    @Test
    void aShareLinkDownloadsThePackageUntilItsLastDayAndThenIsNotFound() throws Exception {
        String id = policePackage();
        LocalDate today = TestClock.today();

        share(id, today.minusDays(1)).then().statusCode(400)
                .body(containsString("The link&#39;s last day cannot be in the past"));
        assertNull(text("select share_token_hash from disclosure_package where id = ?::uuid", id),
                "a refused link issues nothing");

        Response issued = share(id, today.plusDays(2));
        issued.then().statusCode(200).body(containsString("data-testid=\"share-link-panel\""));
        Matcher link = LINK.matcher(issued.asString());
        assertTrue(link.find(), issued.asString());
        String path = link.group(1).replaceAll("^https?://[^/]+", "");
        String secret = path.substring(path.lastIndexOf('/') + 1);
        assertTrue(!text("select share_token_hash from disclosure_package where id = ?::uuid", id).contains(secret),
                "only the secret's hash is kept");

        byte[] shared = given().redirects().follow(false).get(path).then().statusCode(200).extract().asByteArray();
        assertEquals(text("select sha256 from disclosure_package where id = ?::uuid", id),
                EvidenceApiSupport.sha256(shared), "the link gives the stored package");
        assertEquals("1", text("select cast(count(*) as text) from audit_event a join disclosure_package p"
                + " on a.entity_id = p.reference where p.id = ?::uuid and a.action = 'package.downloaded'", id),
                "the owner's audit trail shows the download by link");
        given().redirects().follow(false).get("/disclosure/" + secret.substring(1) + "x").then().statusCode(404);

        TestClock.startAt(today.plusDays(3).atTime(9, 0));
        given().redirects().follow(false).get(path).then().statusCode(404)
                .body(containsString("has expired"));
    }

    private static String policePackage() throws Exception {
        PackageFixture.Footage footage = PackageFixture.footage();
        Response sent = send(OFFICER, Map.of("kind", "POLICE", "reference", "43260211111", "recipient",
                "Thames Valley Police", "reason", "Prevention and detection of crime"), footage.master());
        return PackageFixture.sent(sent);
    }

    private static Response share(String id, LocalDate last) {
        return FormSession.of(OFFICER).form().formParam("share-day", "" + last.getDayOfMonth())
                .formParam("share-month", "" + last.getMonthValue()).formParam("share-year", "" + last.getYear())
                .post("/evidence/packages/" + id + "/share");
    }
}
