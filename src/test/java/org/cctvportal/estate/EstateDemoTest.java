package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.Test;

/** The demo councils have estates worth looking at, each seen by its own council only. */
@QuarkusTest
class EstateDemoTest {

    @Test
    void eachCouncilSeesAnEstateOfItsOwn() {
        assertTrue(total("oxford.manager", "") >= 180, "Oxford's estate");
        assertTrue(total("bristol.manager", "") >= 140, "Bristol's estate");
        given().auth().oauth2(DemoUsers.token("bristol.manager")).get("/cameras?q=Broadmead").then().statusCode(200)
                .body(containsString("BRS-0001")).body(not(containsString("OXF-")));
    }

    @Test
    void theEstateHasWhatFindingsWillLookFor() {
        assertTrue(total("oxford.manager", "?status=FAULTY") >= 1, "some faulty cameras");
        assertTrue(total("oxford.manager", "?status=OFFLINE") >= 1, "a camera switched off");
        assertTrue(total("cherwell.manager", "?status=DECOMMISSIONED") + total("cherwell.manager", "?status=OFFLINE")
                >= 1, "a switch-off at Cherwell");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras?q=Hikvision").then().statusCode(200)
                .body(containsString("Hikvision"));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras?sort=maintenance").then()
                .body(containsString("Overdue"));
    }

    private static int total(String user, String query) {
        String page = given().auth().oauth2(DemoUsers.token(user)).get("/cameras" + query).then().statusCode(200)
                .extract().asString();
        Matcher count = Pattern.compile("of (\\d+) cameras").matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }
}
