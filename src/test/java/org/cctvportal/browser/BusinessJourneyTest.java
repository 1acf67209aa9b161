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
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Monitoring sold to a business, in a real browser: the PCC office admits a shopping centre as a business partner,
 * the operator's manager proposes it for the Milton Keynes hub and the PCC office agrees; the demo's business (a
 * shopping centre live since September) books Saturday mornings there, the hub supervisor approves them from the
 * queue, and the centre sees them approved. axe-core on every page.
 */
@QuarkusTest
class BusinessJourneyTest extends BrowserJourney {

    @Test
    void aBusinessIsAdmittedServedByAHubAndItsManagersBookingIsApproved() {
        String centre = "Castle Gate Centre " + UUID.randomUUID().toString().substring(0, 4);
        String base = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext pcc = browser.newContext(); BrowserContext ods = browser.newContext();
                BrowserContext business = browser.newContext(); BrowserContext hub = browser.newContext()) {
            Page admin = pcc.newPage();
            signIn(admin, "/partners", "opcc.admin");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit a partner")).click();
            admin.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(centre);
            admin.getByLabel("Kind of partner").selectOption("BUSINESS");
            admin.getByLabel("ICO registration number (optional)").fill("Z8765432");
            Browser.assertAccessible(admin);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit partner")).click();
            assertThat(admin.getByTestId("admitted-banner")).isVisible();
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(centre)).click();
            assertThat(admin.getByTestId("partner-summary")).containsText("Business");
            Browser.assertAccessible(admin);

            Page manager = ods.newPage();
            signIn(manager, "/hubs", "ods.manager");
            assertThat(manager.getByTestId("move-bookings")).isVisible();
            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Milton Keynes hub")).click();
            String partners = manager.url().replaceAll("/hubs/(\\d+).*", "/hubs/$1/partners");
            manager.navigate(partners);
            manager.getByLabel("Propose a partner for the hub to serve").selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel(centre));
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
            assertThat(manager.getByTestId("proposed-table")).containsText(centre);
            Browser.assertAccessible(manager);

            admin.navigate(partners);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Agree that Milton Keynes hub serves " + centre)).click();
            assertThat(admin.getByTestId("served-table")).containsText(centre);
            Browser.assertAccessible(admin);

            YearMonth next = TestClock.thisMonth().plusMonths(1);
            LocalDate firstSaturday = next.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            String group = "Saturday mornings " + System.nanoTime();
            Page centreManager = business.newPage();
            signIn(centreManager, "/bookings/new", "kingsmead.manager");
            centreManager.getByLabel("Hub", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Milton Keynes hub"));
            centreManager.getByLabel("Group of cameras").fill(group);
            centreManager.getByLabel("Cameras", new Page.GetByLabelOptions().setExact(true)).fill(String.join(", ",
                    org.cctvportal.monitoring.MonitoringFixture.tags("tv-kingsmead", 3)));
            centreManager.getByLabel("Every week").check();
            centreManager.getByLabel("Saturday").check();
            centreManager.getByLabel("Start time", new Page.GetByLabelOptions().setExact(true)).fill("09:00");
            centreManager.getByLabel("End time", new Page.GetByLabelOptions().setExact(true)).fill("12:00");
            date(centreManager, "firstDate", firstSaturday);
            date(centreManager, "lastDate", next.atEndOfMonth());
            Browser.assertAccessible(centreManager);
            centreManager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request booking")).click();
            assertThat(centreManager.getByTestId("booking-status")).hasText("Requested");
            Browser.assertAccessible(centreManager);
            String reference = centreManager.getByTestId("booking-title").textContent().replace("Booking ", "")
                    .strip();
            String id = reference.replace("MB-", "");

            Page supervisor = hub.newPage();
            signIn(supervisor, "/approvals", "ods.supervisor");
            Locator queued = supervisor.locator("[data-testid=queued-booking][data-booking-id=\"" + id + "\"]");
            assertThat(queued).containsText(group);
            Browser.assertAccessible(supervisor);
            queued.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve " + reference)).click();
            assertThat(supervisor.getByTestId("saved")).hasText("Booking approved.");

            centreManager.navigate(base + "/bookings");
            assertThat(centreManager.locator("[data-booking-id=\"" + id + "\"]")).hasAttribute("data-status",
                    "APPROVED");
            Browser.assertAccessible(centreManager);
        }
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(Integer.toString(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(Integer.toString(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(Integer.toString(date.getYear()));
    }
}
