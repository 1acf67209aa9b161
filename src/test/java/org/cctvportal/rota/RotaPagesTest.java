package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's rota pages: a pattern applied to a week shows its shifts with open positions; bad input and a
 * broken rule get a GOV.UK error naming the field, the rule and the shift, and change nothing; the demo rota and an
 * operator's own shifts show.
 */
@QuarkusTest
class RotaPagesTest {

    FormSession supervisor;

    @BeforeEach
    void signIn() {
        supervisor = FormSession.of("ods.supervisor");
    }

    @Test
    void aPatternAppliedToAWeekShowsItsShiftsAndABrokenRuleIsRefusedNamingIt() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate monday = TestClock.today().plusMonths(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        supervisor.form().formParam("template", "LATES").formParam("first", "").formParam("last", monday.toString())
                .formParam("role", "OPERATOR").formParam("positions", "2").post("/rota/hubs/" + hub + "/template")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("Enter the first day"));
        supervisor.form().formParam("template", "LATES").formParam("first", monday.toString())
                .formParam("last", monday.plusDays(6).toString()).formParam("role", "OPERATOR")
                .formParam("positions", "2").post("/rota/hubs/" + hub + "/template").then().statusCode(303);
        String page = given().auth().oauth2(DemoUsers.token("ods.supervisor"))
                .get("/rota/hubs/" + hub + "?week=" + monday).then().statusCode(200)
                .body(containsString("15:00 to 23:00")).extract().asString();
        long shift = Long.parseLong(page.replaceAll("(?s).*?data-shift-id=\"(\\d+)\".*", "$1"));
        supervisor.form().formParam("operatorId", "").post("/rota/shifts/" + shift + "/assign").then()
                .statusCode(400).body(containsString("Choose an operator"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/hubs/" + hub + "?week=" + monday)
                .then().body(not(containsString("data-testid=\"on-shift\"")));
        // Sam Osei (ods.operator in the demo) is trained for the demo hubs, not for this test's hub.
        long samOsei = Long.parseLong(given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators")
                .then().statusCode(200).extract().asString()
                .replaceAll("(?s).*href=\"/rota/operators/(\\d+)\">Sam Osei<.*", "$1"));
        supervisor.form().formParam("operatorId", Long.toString(samOsei)).post("/rota/shifts/" + shift + "/assign")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("Trained for the hub:")).body(containsString("15:00 to 23:00"));
    }

    @Test
    void theDemoRotaShowsNextWeeksShiftsNightsAndAnOperatorsOwnShifts() {
        String hubs = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota").then().statusCode(200)
                .extract().asString();
        long oxford = Long.parseLong(hubs.replaceAll("(?s).*href=\"/rota/hubs/(\\d+)\">Oxford hub<.*", "$1"));
        LocalDate next = TestClock.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/hubs/" + oxford + "?week=" + next)
                .then().statusCode(200).body(containsString("23:00 to 07:00")).body(containsString("Aisha Khan"))
                .body(containsString("data-testid=\"on-shift\"")).body(containsString("Hours and nights this week"));
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/mine").then().statusCode(200)
                .body(containsString("Sam Osei")).body(containsString("My shifts"));
    }

    @Test
    void aSupervisorEditsAnOperatorsProfileAndABadFieldIsNamedAndChangesNothing() {
        String list = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then()
                .statusCode(200).body(containsString("Liam O&#39;Connor")).extract().asString();
        long katie = Long.parseLong(list.replaceAll("(?s).*href=\"/rota/operators/(\\d+)\">Katie Lewis<.*", "$1"));
        String form = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators/" + katie).then()
                .statusCode(200).extract().asString();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        String licence = form.replaceAll("(?s).*id=\"siaLicence\" name=\"siaLicence\" type=\"text\" value=\"(\\d+)\".*", "$1");
        supervisor.form().formParam("version", version).formParam("siaLicence", "12345")
                .formParam("siaExpires", "next year").formParam("contractedHours", "80")
                .post("/rota/operators/" + katie).then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("Enter the SIA licence number as the 16 digits"))
                .body(containsString("Enter the licence expiry as a date"))
                .body(containsString("whole number from 0 to 60"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators/" + katie).then()
                .body(containsString("value=\"" + licence + "\""));
        supervisor.form().formParam("version", version).formParam("siaLicence", "1013 2222 3333 4444")
                .formParam("siaExpires", TestClock.today().plusYears(2).toString()).formParam("contractedHours", "30")
                .formParam("canSupervise", "yes").formParam("trainedHubs", checked(form, "trainedHubs"))
                .formParam("clearedPartners", checked(form, "clearedPartners")).post("/rota/operators/" + katie).then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then()
                .body(containsString("1013222233334444"));
        // The same edit sent again carries the old version: refused, nothing changes.
        supervisor.form().formParam("version", version).formParam("siaLicence", "1013 2222 3333 5555")
                .formParam("siaExpires", TestClock.today().plusYears(2).toString()).formParam("contractedHours", "30")
                .post("/rota/operators/" + katie).then().statusCode(400).body(containsString("Someone else changed"));
        try (java.sql.Connection db = RotaFixture.portalRole("tv-ods")) {
            org.junit.jupiter.api.Assertions.assertEquals(1, RotaFixture.number(db, "select count(*) from audit_event "
                    + "where action = 'operator.updated' and entity_id = '" + katie + "'"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of the checked boxes named {@code name} on a form page. */
    private static java.util.List<String> checked(String page, String name) {
        java.util.List<String> values = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name
                + "\" type=\"checkbox\" value=\"([^\"]+)\" checked").matcher(page);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    @Test
    void theDemoHasASwapWaitingAShiftOnOfferAndOpenPositionsAndARefusedOfferIsExplained() {
        String hubs = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota").then().statusCode(200)
                .extract().asString();
        long oxford = Long.parseLong(hubs.replaceAll("(?s).*href=\"/rota/hubs/(\\d+)\">Oxford hub<.*", "$1"));
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/hubs/" + oxford + "/swaps").then()
                .statusCode(200).body(containsString("Waiting for a supervisor"))
                .body(containsString("gives their place to")).body(containsString("Offered, waiting for a colleague"));
        String mine = given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/mine").then().statusCode(200)
                .body(containsString("data-testid=\"offer\"")).body(containsString("data-testid=\"open-shift\""))
                .extract().asString();
        // Asking to offer a shift Sam Osei is not on: refused, named, nothing stored.
        long open = Long.parseLong(mine.replaceAll("(?s).*?action=\"/rota/shifts/(\\d+)/ask\".*", "$1"));
        FormSession.of("ods.operator").form().formParam("colleague", "anyone").post("/rota/shifts/" + open + "/offer")
                .then().statusCode(400).body(containsString("govuk-error-summary"))
                .body(containsString("You are not on the shift"));
    }
}
