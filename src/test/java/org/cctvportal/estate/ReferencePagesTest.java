package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The partnership admin's reference data: a new maker and an alias for it make a council's camera with that alias
 * resolve to the maker; a name already taken is refused with a message; another partnership never sees the maker.
 */
@QuarkusTest
class ReferencePagesTest {

    @Test
    void anAliasAddedByTheAdminResolvesWhenACouncilAddsACamera() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String maker = "Lumen Optics " + suffix;
        String alias = "LUMEN-OPT " + suffix.toUpperCase();
        FormSession admin = FormSession.of("opcc.admin");
        admin.form().formParam("name", maker).post("/reference/manufacturers").then().statusCode(303)
                .header("Location", containsString("/reference/manufacturers"));
        String id = makerId(maker);
        admin.form().formParam("manufacturer", id).formParam("alias", alias).post("/reference/manufacturers/aliases")
                .then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("oxford.viewer"))
                .get("/reference/manufacturers").then().statusCode(200).body(containsString(alias));

        String location = FormSession.of("oxford.manager").form().formParam("assetTag", "REF-" + suffix)
                .formParam("site", "Cornmarket Street").formParam("manufacturer", alias).formParam("type", "Dome")
                .formParam("status", "Live").post("/cameras").then().statusCode(303).extract().header("Location");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get(location).then().statusCode(200)
                .body(containsString(maker));
    }

    @Test
    void aNameAnotherMakerAlreadyHasIsRefusedWithAMessage() {
        String maker = "Duplicate Check " + UUID.randomUUID().toString().substring(0, 6);
        FormSession admin = FormSession.of("opcc.admin");
        admin.form().formParam("name", maker).post("/reference/manufacturers").then().statusCode(303);
        admin.form().formParam("manufacturer", makerId(maker)).formParam("alias", "HIKVISION")
                .post("/reference/manufacturers/aliases").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("already means Hikvision"))
                .body(containsString("value=\"HIKVISION\""));
        admin.form().formParam("name", "hik vision").post("/reference/manufacturers").then().statusCode(400)
                .body(containsString("is already known as Hikvision"));
        admin.form().formParam("alias", "Something").post("/reference/manufacturers/aliases").then().statusCode(400)
                .body(containsString("Select the manufacturer"));
    }

    @Test
    void anotherPartnershipDoesNotSeeTheNewMaker() {
        String maker = "Thames Only " + UUID.randomUUID().toString().substring(0, 6);
        FormSession.of("opcc.admin").form().formParam("name", maker).post("/reference/manufacturers").then()
                .statusCode(303);
        given().auth().oauth2(DemoUsers.token("as-opcc.admin")).get("/reference/manufacturers").then()
                .statusCode(200).body(containsString("Hikvision")).body(not(containsString(maker)));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/reference/manufacturers").then()
                .statusCode(200).body(containsString(maker)).body(not(containsString("alias-form")));
    }

    @Test
    void operatingSystemsShowWhichArePastEndOfSupportAndTheAdminChangesTheDate() {
        String name = "Legacy OS " + UUID.randomUUID().toString().substring(0, 6);
        FormSession admin = FormSession.of("opcc.admin");
        admin.form().formParam("name", name).formParam("endOfSupport-day", "31").formParam("endOfSupport-month", "2")
                .formParam("endOfSupport-year", "2020").post("/reference/operating-systems").then().statusCode(400)
                .body(containsString("must be a real date"));
        admin.form().formParam("name", name).formParam("endOfSupport-day", "14").formParam("endOfSupport-month", "1")
                .formParam("endOfSupport-year", "2020").post("/reference/operating-systems").then().statusCode(303);
        String page = given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/reference/operating-systems")
                .then().statusCode(200).extract().asString();
        assertTrue(row(page, name).contains("Past end of support"), "an old system is marked");
        assertTrue(row(page, "Windows Server 2022").contains("Supported"), "a current one is not");

        String edit = given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/reference/operating-systems").asString();
        Matcher link = Pattern.compile("href=\"(/reference/operating-systems/\\d+)/edit\">Change<span class=\""
                + "govuk-visually-hidden\"> " + Pattern.quote(name)).matcher(edit);
        assertTrue(link.find(), "the admin has a change link");
        admin.form().formParam("name", name).formParam("endOfSupport-day", "1").formParam("endOfSupport-month", "1")
                .formParam("endOfSupport-year", "2099").post(link.group(1)).then().statusCode(303);
        String after = given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/reference/operating-systems")
                .then().extract().asString();
        assertTrue(row(after, name).contains("1 Jan 2099") && !row(after, name).contains("Past end"), row(after, name));
    }

    private static String makerId(String maker) {
        String page = given().auth().oauth2(DemoUsers.token("opcc.admin")).get("/reference/manufacturers").asString();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(maker) + "</option>")
                .matcher(page);
        assertTrue(option.find(), "the new maker is offered for an alias");
        return option.group(1);
    }

    private static String row(String page, String name) {
        int start = page.indexOf("data-os-name=\"" + name + "\"");
        assertTrue(start >= 0, "no row for " + name);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
