package org.cctvportal.estate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/** The camera pages as a browser uses them: forms, messages, filters by URL and HTMX fragments. */
@QuarkusTest
class CameraPagesTest {

    @Test
    void theFormAddsACameraAndRedirectsToItsPage() {
        String site = EstateApiTest.unique("Gloucester Green");
        String tag = EstateApiTest.unique("OXF");
        FormSession.of("oxford.manager").form().formParam("name", site).formParam("kind", "Car park")
                .formParam("sensitive", "yes").post("/sites").then().statusCode(303);
        String location = FormSession.of("oxford.manager").form().formParam("assetTag", tag).formParam("site", site)
                .formParam("manufacturer", "Hanwha Vision").formParam("type", "Dome").formParam("status", "Live")
                .formParam("installDate-day", "27").formParam("installDate-month", "3")
                .formParam("installDate-year", "2024").post("/cameras").then().statusCode(303)
                .header("Location", containsString("saved=true")).extract().header("Location");
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get(location).then().statusCode(200)
                .body(containsString("data-testid=\"saved-banner\"")).body(containsString(tag))
                .body(containsString("27 Mar 2024")).body(containsString("Sensitive site"));
    }

    @Test
    void anInvalidFormComesBackWithAGovukErrorSummaryAndWhatWasTyped() {
        String tag = EstateApiTest.unique("ERR");
        FormSession.of("oxford.manager").form().formParam("assetTag", tag).formParam("site", "")
                .formParam("manufacturer", "Hanwha Vision").formParam("type", "Dome").formParam("status", "Offline")
                .formParam("installDate-day", "31").formParam("installDate-month", "2")
                .formParam("installDate-year", "2024").post("/cameras").then().statusCode(400)
                .body(containsString("data-testid=\"error-summary\""))
                .body(containsString("href=\"#site\">Enter the site"))
                .body(containsString("Install date must be a real date"))
                .body(containsString("href=\"#statusReason\""))
                .body(containsString("value=\"" + tag + "\""));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).queryParam("q", tag).get("/cameras").then()
                .body(containsString("No cameras match"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        FormSession.of("oxford.manager").forgedForm().formParam("assetTag", EstateApiTest.unique("CSRF"))
                .post("/cameras").then().statusCode(400).body(not(containsString("data-testid=\"saved-banner\"")));
    }

    @Test
    void theListIsFilteredByItsUrlAndHtmxGetsOnlyTheResults() {
        String tag = EstateApiTest.unique("HTX");
        long id = EstateApiTest.oxfordCamera(tag, EstateApiTest.unique("Queen Street"), "Axis");
        String token = DemoUsers.token("oxford.viewer");
        given().auth().oauth2(token).queryParam("q", tag).get("/cameras").then().statusCode(200)
                .body(startsWith("<!DOCTYPE html>"))
                .body(containsString("data-asset-tag=\"" + tag + "\""))
                .body(containsString("Showing 1 to 1 of 1 cameras"));
        given().auth().oauth2(token).header("HX-Request", "true").queryParam("q", tag).get("/cameras").then()
                .statusCode(200).header("Vary", containsString("HX-Request"))
                .header("HX-Push-Url", equalTo("/cameras?q=" + tag))
                .body(startsWith("<div id=\"camera-results\""))
                .body(containsString("href=\"/cameras/" + id + "\""));
    }

    @Test
    void theSiteAndMakerFiltersOfferThePartnersOwnSitesAndShowWhichIsChosen() {
        String tag = EstateApiTest.unique("FLT");
        String site = EstateApiTest.unique("St Aldates");
        EstateApiTest.oxfordCamera(tag, site, "Axis");
        String token = DemoUsers.token("oxford.viewer");
        String page = given().auth().oauth2(token).get("/cameras").then().statusCode(200).extract().asString();
        Matcher siteOption = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(site) + "</option>")
                .matcher(page);
        String maker = "Axis Communications";
        Matcher axisOption = Pattern.compile("<option value=\"(\\d+)\">" + maker + "</option>").matcher(page);
        assertTrue(siteOption.find(), "the new site is offered, not chosen");
        assertTrue(axisOption.find(), "the maker is offered, not chosen");
        given().auth().oauth2(token).queryParam("site", siteOption.group(1)).queryParam("maker", axisOption.group(1))
                .get("/cameras").then().statusCode(200)
                .body(containsString("<option value=\"" + siteOption.group(1) + "\" selected>" + site + "</option>"))
                .body(containsString("<option value=\"" + axisOption.group(1) + "\" selected>" + maker + "</option>"))
                .body(containsString("data-asset-tag=\"" + tag + "\""))
                .body(containsString("Showing 1 to 1 of 1 cameras"));
        given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/cameras").then().statusCode(200)
                .body(not(containsString(site)))
                .body(containsString("<option value=\"" + axisOption.group(1) + "\">" + maker + "</option>"));
    }

    @Test
    void sortingByStatusDescendingMarksTheColumnAndKeepsTheFilter() {
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).queryParam("sort", "status")
                .queryParam("dir", "desc").queryParam("type", "PTZ").get("/cameras").then().statusCode(200)
                .body(containsString("aria-sort=\"descending\""))
                .body(containsString("href=\"/cameras?type=PTZ&amp;sort=status&amp;dir=asc\""));
    }

    @Test
    void viewersSeeNoAddOrChangeButtons() {
        long id = EstateApiTest.oxfordCamera(EstateApiTest.unique("VIEW"), EstateApiTest.unique("High Street"),
                "Axis");
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/cameras/" + id).then().statusCode(200)
                .body(not(containsString("Change camera")));
        given().auth().oauth2(DemoUsers.token("oxford.manager")).get("/cameras/" + id + "/edit").then()
                .statusCode(200).body(containsString("name=\"version\""));
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/cameras").then()
                .body(not(containsString("Add a camera")));
        given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/me").then()
                .body("partnerId", equalTo("tv-oxford-city"));
    }
}
