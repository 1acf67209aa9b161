package org.cctvportal.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The PCC office's findings page is rendered inside its read-only read of every partner's findings: its header still
 * shows the analyst's own unread count (the same as the bell's), the list still offers every partner of the
 * partnership, and nothing else changes for them.
 */
@QuarkusTest
class PccFindingsPageTest {

    private static final Pattern UNREAD = Pattern.compile(">(\\d+)<span class=\"govuk-visually-hidden\"> unread</span>");

    @Test
    void theAnalystsFindingsPageShowsTheirOwnUnreadCountAndEveryPartner() throws Exception {
        String token = DemoUsers.token("opcc.analyst");
        String subject = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8)).getString("sub");
        String source = "pcc-findings-page-" + UUID.randomUUID();
        try (Connection owner = CutOff.owner("tv-opcc")) {
            UUID person;
            try (PreparedStatement find = owner.prepareStatement("select id from person where keycloak_id = ?")) {
                find.setString(1, subject);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    person = row.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement insert = owner.prepareStatement("insert into notification (id, partner_id,"
                    + " person_id, kind, source_key, message, link, delivery, created_at)"
                    + " values (?, 'tv-opcc', ?, 'BOOKING_DECIDED', ?, 'A test notice', '/', 'OFF', now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, person);
                insert.setString(3, source);
                insert.executeUpdate();
            }
            try {
                long bell = unread(given().auth().oauth2(token).get("/notifications/badge").then().statusCode(200)
                        .extract().asString());
                String page = given().auth().oauth2(token).get("/findings").then().statusCode(200)
                        .body(containsString("Cherwell District Council"))
                        .body(containsString("Oxford City Council"))
                        .extract().asString();
                assertTrue(bell >= 1, "the notice is unread");
                assertEquals(bell, unread(page), "the header counts the analyst's own unread notifications");
                String results = given().auth().oauth2(token).header("HX-Request", "true").get("/findings")
                        .then().statusCode(200).extract().asString();
                assertEquals(-1, results.indexOf("signed-in-user"), "the partial is the results alone");
            } finally {
                try (PreparedStatement delete = owner.prepareStatement(
                        "delete from notification where source_key = ?")) {
                    delete.setString(1, source);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static long unread(String html) {
        Matcher count = UNREAD.matcher(html);
        if (!count.find()) {
            throw new AssertionError("no unread count in " + html.substring(0, Math.min(html.length(), 2000)));
        }
        return Long.parseLong(count.group(1));
    }
}
