package org.cctvportal.rota;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.junit.jupiter.api.Test;

/**
 * The demo's Oxford week as a grid of people by days with its open positions and each operator's hours; every open
 * shift's drop-down offers only the operators the rules allow, naming the rule for each one not offered (and the
 * assignment refuses them with that rule); the printable week has no navigation or forms; a declined request carries
 * the supervisor's reason to the operator.
 */
@QuarkusTest
class RotaGridTest {

    private static final Pattern SHIFT_ROW = Pattern.compile(
            "(?s)<tr class=\"govuk-table__row\" data-testid=\"shift\" data-shift-id=\"(\\d+)\">(.*?)</tr>");
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\">([^<]+)</option>");
    private static final Pattern REASON = Pattern.compile("<li>([^<]+)</li>");

    @Inject
    Clock clock;

    @Test
    void theWeekIsAGridOfPeopleByDaysAndEachDropDownOffersOnlyEligibleOperatorsWithTheOthersReasons() {
        long oxford = oxford();
        LocalDate monday = nextMonday();
        String page = given().auth().oauth2(DemoUsers.token("ods.supervisor"))
                .get("/rota/hubs/" + oxford + "?week=" + monday).then().statusCode(200)
                .body(containsString("The week by person")).body(containsString("aria-label=\"Rota grid\""))
                .body(containsString("Hours and nights this week")).extract().asString();
        // The demo leaves Wednesday's late a position short: the grid marks it on Wednesday.
        String open = page.replaceAll("(?s).*data-testid=\"grid-open\">(.*?)</tr>.*", "$1");
        List<String> openDays = cells(open);
        assertTrue(openDays.get(2).contains("15:00 to 23:00 operator: 1 open"), openDays.get(2));
        assertTrue(openDays.get(0).contains("None"), openDays.get(0));
        // Every person rostered shows their hours: 8 or more for each shift in their row.
        Matcher person = Pattern.compile("(?s)data-testid=\"grid-person\">(.*?)</tr>").matcher(page);
        int people = 0;
        while (person.find()) {
            String row = person.group(1);
            int shifts = row.split("portal-shift-cell", -1).length - 1;
            String hours = row.replaceAll("(?s).*data-testid=\"grid-hours\">([^<]+)<.*", "$1");
            // A night starting on Sunday counts only its hour before the week ends.
            assertTrue(Integer.parseInt(hours.split(":")[0]) >= 8 * shifts - 7, row);
            people++;
        }
        assertTrue(people >= 10, "people " + people);

        Matcher shift = SHIFT_ROW.matcher(page);
        int checked = 0;
        String refusedReason = null;
        long refusedShift = 0;
        long refusedOperator = 0;
        while (shift.find()) {
            String row = shift.group(2);
            if (!row.contains("data-testid=\"not-offered\"")) {
                continue;
            }
            List<String> offered = new ArrayList<>();
            Matcher option = OPTION.matcher(row);
            while (option.find()) {
                offered.add(option.group(2));
            }
            Matcher reason = REASON.matcher(row);
            while (reason.find()) {
                String text = reason.group(1);
                offered.forEach(name -> assertFalse(text.contains(name), name + " is offered and not: " + text));
                if (refusedReason == null && text.startsWith("Trained for the hub:")) {
                    refusedReason = text;
                    refusedShift = Long.parseLong(shift.group(1));
                    refusedOperator = operatorId(text.substring("Trained for the hub: ".length(),
                            text.indexOf(" is not trained")));
                }
            }
            checked++;
        }
        assertTrue(checked >= 2, "open shifts with reasons: " + checked);
        assertTrue(refusedReason != null, "an operator not trained for Oxford is named with the rule");
        FormSession.of("ods.supervisor").form().formParam("operatorId", Long.toString(refusedOperator))
                .post("/rota/shifts/" + refusedShift + "/assign").then().statusCode(400)
                .body(containsString("Trained for the hub:"));
    }

    @Test
    void thePrintableWeekHasTheGridWithoutNavigationOrForms() {
        long oxford = oxford();
        LocalDate monday = nextMonday();
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/hubs/" + oxford + "/print?week=" + monday)
                .then().statusCode(200).body(containsString("The week by person"))
                .body(containsString("Open positions")).body(containsString("15:00 to 23:00 operator: 1 open"))
                .body(not(containsString("govuk-header"))).body(not(containsString("<form")))
                .body(not(containsString("govuk-service-navigation")));
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/hubs/" + oxford + "/print?week=" + monday)
                .then().statusCode(403);
    }

    @Test
    void aDeclinedRequestCarriesTheSupervisorsReasonToTheOperator() {
        long oxford = oxford();
        String mine = given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/mine").then().statusCode(200)
                .extract().asString();
        long shift = Long.parseLong(mine.replaceAll("(?s).*?data-testid=\"my-shift\" data-shift-id=\"(\\d+)\">"
                + "(?:(?!</tr>).)*?Oxford hub.*", "$1"));
        FormSession.of("ods.operator").form().formParam("colleague", "").post("/rota/shifts/" + shift + "/offer")
                .then().statusCode(303);
        String queue = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/hubs/" + oxford + "/swaps")
                .then().statusCode(200).body(containsString("Reason for declining (optional)")).extract().asString();
        long swap = Long.parseLong(queue.replaceAll("(?s).*data-swap-id=\"(\\d+)\">(?:(?!</tr>).)*?Sam Osei gives "
                + "their place.*", "$1"));
        FormSession.of("ods.supervisor").form().formParam("reason", "Nobody else is free that day")
                .post("/rota/swaps/" + swap + "/decline").then().statusCode(303);
        given().auth().oauth2(DemoUsers.token("ods.operator")).get("/rota/mine").then().statusCode(200)
                .body(containsString("Declined: Nobody else is free that day"));
    }

    private long oxford() {
        String hubs = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota").then().statusCode(200)
                .extract().asString();
        return Long.parseLong(hubs.replaceAll("(?s).*href=\"/rota/hubs/(\\d+)\">Oxford hub<.*", "$1"));
    }

    private long operatorId(String name) {
        String list = given().auth().oauth2(DemoUsers.token("ods.supervisor")).get("/rota/operators").then()
                .statusCode(200).extract().asString();
        return Long.parseLong(list.replaceAll("(?s).*href=\"/rota/operators/(\\d+)\">" + Pattern.quote(name)
                + "<.*", "$1"));
    }

    private LocalDate nextMonday() {
        return clock.instant().atZone(LondonTime.ZONE).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("(?s)<td class=\"govuk-table__cell\">(.*?)</td>").matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }
}
