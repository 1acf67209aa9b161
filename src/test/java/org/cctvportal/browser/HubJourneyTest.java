package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager opens a hub in a real browser (after a refused empty form), staffs its nights, proposes
 * Cherwell; the partnership admin agrees; Cherwell's manager books an evening there, and the hub's supervisor finds it
 * waiting. axe-core on every page. The portal's clock is fixed; no date here is today's.
 */
@QuarkusTest
class HubJourneyTest extends BrowserJourney {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final LocalDate FRIDAY = LocalDate.of(2027, 3, 12);

    @Test
    void aManagerOpensAndStaffsAHubThePccAgreesAndACouncilBooksThere() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        String name = "Banbury hub " + System.nanoTime();
        String base = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext ods = browser.newContext(); BrowserContext pcc = browser.newContext();
                BrowserContext council = browser.newContext()) {
            Page page = ods.newPage();
            signIn(page, "/hubs", "ods.manager");
            page.getByTestId("open-hub").click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hub")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Enter the hub's name");
            Browser.assertAccessible(page);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            page.getByLabel("Address").fill("Bodicote House, Banbury OX15 4AA");
            page.getByLabel("Consoles").fill("2");
            page.getByLabel("Cameras one operator watches at once").fill("6");
            page.getByLabel("Opens at (UK time)").fill("19:00");
            page.getByLabel("Closes at (UK time)").fill("07:00");
            date(page, "opensOn", LocalDate.of(2027, 3, 1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hub")).click();
            assertThat(page.getByTestId("hub-name")).hasText(name);
            assertThat(page.getByTestId("opening-times")).containsText("19:00 to 07:00 (overnight)");
            Browser.assertAccessible(page);
            String hub = page.url().replaceAll(".*/hubs/(\\d+).*", "$1");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set the next staffing plan")).click();
            Browser.assertAccessible(page);
            for (DayOfWeek day : DayOfWeek.values()) {
                page.locator("#night-" + day.name().toLowerCase()).fill("2");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the staffing plan")).click();
            assertThat(page.getByTestId("saved")).containsText("Staffing plan saved");
            assertThat(page.getByTestId("upcoming-staffing")).containsText("Friday");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners served and proposed")).click();
            page.getByLabel("Propose a partner for the hub to serve")
                    .selectOption(new SelectOption().setLabel("Cherwell District Council"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
            assertThat(page.getByTestId("proposed-table")).containsText("Cherwell District Council");
            Browser.assertAccessible(page);

            Page admin = pcc.newPage();
            signIn(admin, "/hubs/" + hub + "/partners", "opcc.admin");
            Browser.assertAccessible(admin);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree that " + name
                    + " serves Cherwell District Council")).click();
            assertThat(admin.getByTestId("served-table")).containsText("Cherwell District Council");
            assertThat(admin.getByTestId("proposed-table")).containsText("No proposal is waiting");
            Browser.assertAccessible(admin);

            Page cherwell = council.newPage();
            signIn(cherwell, "/bookings/new", "cherwell.manager");
            cherwell.getByLabel("Hub", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(name));
            cherwell.getByLabel("Group of cameras").fill("Banbury Friday evening");
            cherwell.getByLabel("Cameras", new Page.GetByLabelOptions().setExact(true)).fill(String.join(", ",
                    org.cctvportal.monitoring.MonitoringFixture.tags("tv-cherwell", 4)));
            cherwell.getByLabel("Once", new Page.GetByLabelOptions().setExact(true)).check();
            date(cherwell, "startDate", FRIDAY);
            cherwell.getByLabel("Start time (once)").fill("20:00");
            date(cherwell, "endDate", FRIDAY.plusDays(1));
            cherwell.getByLabel("End time (once)").fill("02:00");
            cherwell.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request booking")).click();
            assertThat(cherwell.getByTestId("booking-status")).containsText("Requested");
            Browser.assertAccessible(cherwell);

            page.navigate(base + "/hubs/" + hub);
            assertThat(page.getByTestId("served-partners")).containsText("Cherwell District Council");
            Browser.assertAccessible(page);
        }
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(Integer.toString(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(Integer.toString(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(Integer.toString(date.getYear()));
    }
}
