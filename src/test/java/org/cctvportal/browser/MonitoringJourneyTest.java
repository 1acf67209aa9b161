package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Milton Keynes council books next month's weekend nights at the Milton Keynes hub in a real browser (after a refused
 * empty form, typing five cameras' tags and ticking a sixth found by searching, the form showing only the chosen
 * recurrence's fields), the hub supervisor approves them from the queue, and the council sees the approval in its list, the
 * nights on its calendar and the booking on next month's statement; axe-core on every page.
 */
@QuarkusTest
class MonitoringJourneyTest extends BrowserJourney {

    @Test
    void aCouncilBooksWeekendNightsTheSupervisorApprovesAndTheCouncilSeesThem() {
        YearMonth next = TestClock.thisMonth().plusMonths(1);
        LocalDate firstFriday = next.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate last = next.atEndOfMonth();
        String group = "Journey nights " + System.nanoTime();
        String base = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext council = browser.newContext(); BrowserContext hub = browser.newContext()) {
            Page page = council.newPage();
            signIn(page, "/hubs", "mk.manager");
            assertThat(page.getByTestId("hub-table")).containsText("Milton Keynes hub");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Milton Keynes hub")).click();
            assertThat(page.getByTestId("staffing-table")).isVisible();
            Browser.assertAccessible(page);

            page.navigate(base + "/bookings");
            Browser.assertAccessible(page);
            page.getByTestId("new-booking").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request booking")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Select a hub that serves your partner");
            Browser.assertAccessible(page);

            page.getByLabel("Hub", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Milton Keynes hub"));
            page.getByLabel("Group of cameras").fill(group);
            java.util.List<String> cameras = org.cctvportal.monitoring.MonitoringFixture.tags("tv-milton-keynes", 7);
            page.getByLabel("Cameras", new Page.GetByLabelOptions().setExact(true))
                    .fill(String.join(", ", cameras.subList(0, 5)));
            // The sixth camera is found by searching the picker and ticked; it joins the typed ones.
            page.getByLabel("Search by asset tag or site").fill(cameras.get(5));
            Locator sixth = page.locator("#camera-picker input[value='" + cameras.get(5) + "']");
            assertThat(page.locator("#camera-picker input[name=pick]")).hasCount(1);
            sixth.check();
            // Or on the map: selecting a camera's marker ticks it in the picker, and selecting it again unticks it.
            String seventh = cameras.get(6);
            page.getByText("Choose on the map").click();
            Locator marker = page.locator("#pick-map [data-asset-tag='" + seventh + "']");
            Locator seventhBox = page.locator("#camera-picker input[value='" + seventh + "']");
            marker.dispatchEvent("click");
            assertThat(seventhBox).isChecked();
            assertThat(page.getByTestId("pick-map-status")).hasText(seventh + " added");
            Browser.assertAccessible(page);
            marker.dispatchEvent("click");
            assertThat(seventhBox).not().isChecked();
            assertThat(page.getByTestId("pick-map-status")).hasText(seventh + " removed");
            // Only the chosen recurrence's fields show.
            assertThat(page.getByTestId("weekly-fields")).isVisible();
            assertThat(page.getByTestId("once-fields")).isHidden();
            page.getByLabel("Once", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(page.getByTestId("once-fields")).isVisible();
            assertThat(page.getByTestId("weekly-fields")).isHidden();
            page.getByLabel("Every week").check();
            assertThat(page.getByTestId("once-fields")).isHidden();
            page.getByLabel("Friday").check();
            page.getByLabel("Saturday").check();
            page.getByLabel("Start time", new Page.GetByLabelOptions().setExact(true)).fill("20:00");
            page.getByLabel("End time", new Page.GetByLabelOptions().setExact(true)).fill("04:00");
            date(page, "firstDate", firstFriday);
            date(page, "lastDate", last);
            page.getByLabel("Priority").selectOption("HIGH");
            // As the fields change, the form shows what the rota gives at those times and the cost, before sending.
            assertThat(page.getByTestId("booking-preview")).containsText("At these times the rota gives the hub");
            assertThat(page.getByTestId("booking-preview")).containsText("you ask for 6 cameras");
            assertThat(page.getByTestId("preview-cost")).containsText("hours in all");
            Browser.assertAccessible(page);
            // Enter in the picker's search box filters the picker; Enter in any other field requests the booking.
            page.getByLabel("Search by asset tag or site").press("Enter");
            assertThat(page.getByTestId("booking-form")).isVisible();
            page.getByLabel("Group of cameras").press("Enter");
            assertThat(page.getByTestId("booking-status")).hasText("Requested");
            assertThat(page.getByTestId("booking-cameras")).containsText(cameras.get(0));
            Browser.assertAccessible(page);
            String reference = page.getByTestId("booking-title").textContent().replace("Booking ", "").strip();
            String id = reference.replace("MB-", "");

            Page supervisor = hub.newPage();
            signIn(supervisor, "/approvals", "ods.supervisor");
            Locator queued = supervisor.locator("[data-testid=queued-booking][data-booking-id=\"" + id + "\"]");
            assertThat(queued).containsText(group);
            Browser.assertAccessible(supervisor);
            queued.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve " + reference)).click();
            assertThat(supervisor.getByTestId("saved")).hasText("Booking approved.");
            Browser.assertAccessible(supervisor);
            supervisor.navigate(base + "/hubs");
            supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Milton Keynes hub")).click();
            supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week calendar")).click();
            Browser.assertAccessible(supervisor);
            supervisor.navigate(base + "/hubs");
            supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Milton Keynes hub")).click();
            supervisor.navigate(supervisor.url().replaceAll("/hubs/(\\d+).*", "/hubs/$1/day?date=") + firstFriday);
            assertThat(supervisor.getByTestId("hour-table")).isVisible();
            Browser.assertAccessible(supervisor);
            supervisor.navigate(base + "/statements");
            Browser.assertAccessible(supervisor);

            page.navigate(base + "/bookings");
            assertThat(page.locator("[data-booking-id=\"" + id + "\"]")).hasAttribute("data-status", "APPROVED");
            page.navigate(base + "/bookings/calendar?week=" + firstFriday);
            assertThat(page.getByTestId("day-" + firstFriday)).containsText(reference);
            assertThat(page.getByTestId("day-" + firstFriday)).containsText("20:00 to");
            Browser.assertAccessible(page);
            page.getByTestId("next-week").click();
            assertThat(page.getByTestId("week-title")).containsText(firstFriday.plusDays(7)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).getDayOfMonth() + " ");
            assertThat(page.getByTestId("calendar")).containsText(reference);

            page.navigate(base + "/statements");
            page.getByTestId("next-month").click();
            assertThat(page.locator("[data-testid=statement-line][data-reference=\"" + reference + "\"]"))
                    .isVisible();
            Browser.assertAccessible(page);
        }
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(Integer.toString(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(Integer.toString(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(Integer.toString(date.getYear()));
    }
}
