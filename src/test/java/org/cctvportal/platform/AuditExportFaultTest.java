package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.cctvportal.support.CutOff;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/**
 * The database ends the portal's sessions while a download of the audit trail is being recorded: no file is given,
 * no record of it is left, and the next download goes through on the same running portal and is recorded.
 */
@QuarkusTest
class AuditExportFaultTest {

    @Test
    void aDownloadWhoseRecordIsCutOffGivesNoFileAndTheNextOneIsRecorded() throws Exception {
        // A filter nobody else uses, so the record of this download is told apart from every other.
        String person = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        String path = "/audit/export?person=" + person;

        Response cut = CutOff.whileWriting("audit_event", () -> given()
                .auth().oauth2(DemoUsers.token("oxford.auditor")).get(path));

        assertEquals(503, cut.statusCode(), cut.asString());
        assertFalse(cut.asString().contains("occurred_at,partner"), "no file");
        assertEquals(0, recorded(person));
        String csv = given().auth().oauth2(DemoUsers.token("oxford.auditor")).get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("occurred_at,partner,person"), csv);
        assertEquals(1, recorded(person));
    }

    private static long recorded(String person) throws Exception {
        try (Connection db = CutOff.owner("tv-oxford-city");
                ResultSet rows = db.createStatement().executeQuery("select count(*) from audit_event"
                        + " where action = 'audit.exported' and summary like '%person " + person + ")%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
