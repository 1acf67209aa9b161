package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager moves Oxford's bookings from one of its hubs to another in a real browser: an empty form is
 * refused with its messages, then the move leads to its result, which lists each booking with its new reference. The two hubs are the test's
 * own (opened, staffed and agreed through the API), so the demo's hubs are left as they are. axe-core on every page.
 */
@QuarkusTest
class HubMoveJourneyTest extends BrowserJourney {

    @Test
    void theOperatorsManagerMovesACouncilsBookingsToAnotherHub() {
        String first = "Journey hub A " + System.nanoTime();
        String second = "Journey hub B " + System.nanoTime();
        hub(first);
        hub(second);
        LocalDate friday = TestClock.today().plusMonths(1).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        long booking = night(hubId(first), friday);
        try (BrowserContext ods = browser.newContext()) {
            Page page = ods.newPage();
            signIn(page, "/hubs", "ods.manager");
            page.getByTestId("move-bookings").click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the bookings")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the date the bookings move from");
            Browser.assertAccessible(page);

            page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new SelectOption().setLabel("Oxford City Council"));
            page.getByLabel("Hub it is served by now").selectOption(new SelectOption().setLabel(first));
            page.getByLabel("Hub the bookings move to").selectOption(new SelectOption().setLabel(second));
            LocalDate from = friday.minusDays(3);
            page.locator("#from-day").fill(Integer.toString(from.getDayOfMonth()));
            page.locator("#from-month").fill(Integer.toString(from.getMonthValue()));
            page.locator("#from-year").fill(Integer.toString(from.getYear()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the bookings")).click();
            assertThat(page.getByTestId("moved")).containsText("Oxford City Council moved to " + second);
            assertThat(page.getByTestId("moved-booking")).containsText("MB-" + booking);
            Browser.assertAccessible(page);
            // The move redirected to its result, so a reload shows it again instead of sending the form twice.
            page.reload();
            assertThat(page.getByTestId("moved-booking")).containsText("MB-" + booking);
        }
    }

    private static void hub(String name) {
        String manager = DemoUsers.token("ods.manager");
        Number id = given().auth().oauth2(manager).contentType("application/json").body(Map.of("name", name,
                "address", "1 Control Room Way", "consoles", 2, "camerasPerOperator", 5, "opensOn",
                TestClock.today().toString())).post("/api/v1/hubs").then().statusCode(201).extract().path("id");
        List<Integer> two = Collections.nCopies(7, 2);
        given().auth().oauth2(manager).contentType("application/json").body(Map.of("effectiveFrom",
                TestClock.today().toString(), "days", two, "nights", two)).post("/api/v1/hubs/" + id + "/staffing")
                .then().statusCode(200);
        MonitoringFixture.serve(id.longValue(), "tv-oxford-city");
    }

    private static long hubId(String name) {
        List<Map<String, Object>> hubs = given().auth().oauth2(DemoUsers.token("ods.manager")).get("/api/v1/hubs")
                .then().statusCode(200).extract().path("");
        return hubs.stream().filter(h -> name.equals(h.get("name"))).map(h -> ((Number) h.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static long night(long hub, LocalDate friday) {
        Number id = given().auth().oauth2(DemoUsers.token("oxford.manager")).contentType("application/json")
                .body(Map.of("hubId", hub, "cameraGroup", "Journey night", "assetTags",
                        MonitoringFixture.tags("tv-oxford-city", 2), "recurrence", "ONE_OFF", "startsAt",
                        friday + "T20:00", "endsAt", friday.plusDays(1) + "T02:00", "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + id + "/approve").then().statusCode(200);
        return id.longValue();
    }
}
