package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.cctvportal.rota.RotaFixture;
import org.cctvportal.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Oxford Direct Services' hub supervisor in a real browser: opens next week's demo rota at Oxford (the grid, the open
 * positions, the operators not offered and why, the printable week), is refused a
 * pattern without a first day and a "put on" without an operator (GOV.UK errors), applies the earlies pattern again
 * (nothing is added twice); the operator sees their own shifts. axe-core on every page.
 */
@QuarkusTest
class RotaJourneyTest extends BrowserJourney {

    @Test
    void theSupervisorWorksNextWeeksRotaAndTheOperatorSeesTheirShifts() {
        LocalDate monday = TestClock.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        try (BrowserContext supervisor = browser.newContext(); BrowserContext operator = browser.newContext()) {
            Page page = supervisor.newPage();
            signIn(page, "/rota", "ods.supervisor");
            assertThat(page.getByTestId("rota-hubs")).containsText("Oxford hub");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub").setExact(true)).click();
            page.getByTestId("next-week").click();
            assertThat(page.getByTestId("shifts")).containsText("23:00 to 07:00");
            assertThat(page.getByTestId("hours")).containsText("Hours (any hub)");
            // The week as people by days, Wednesday's short late marked among the open positions.
            assertThat(page.getByTestId("grid-open")).containsText("15:00 to 23:00 operator: 1 open");
            assertThat(page.getByTestId("full").first()).hasText("Fully staffed");
            page.getByTestId("not-offered").first().locator("summary").click();
            assertThat(page.getByTestId("not-offered").first()).containsText("Trained for the hub:");
            Browser.assertAccessible(page);

            page.getByTestId("print-link").click();
            assertThat(page.getByTestId("grid")).containsText("Open positions");
            assertThat(page.locator(".govuk-header")).hasCount(0);
            Browser.assertAccessible(page);
            page.getByTestId("back-to-rota").click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Put on"))).first().click();
            assertThat(page.getByTestId("assign-error")).containsText("Choose an operator");
            assertThat(page.locator(".govuk-error-summary")).isVisible();
            Browser.assertAccessible(page);

            page.getByLabel("Pattern").selectOption("EARLIES");
            page.getByLabel("Positions on each shift").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add shifts")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the first day");
            Browser.assertAccessible(page);

            page.getByLabel("First day").fill(monday.toString());
            page.getByLabel("Last day").fill(monday.plusDays(6).toString());
            page.getByLabel("Positions on each shift").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add shifts")).click();
            assertThat(page.getByTestId("saved")).hasText("Shifts added: 0.");
            Browser.assertAccessible(page);

            Page mine = operator.newPage();
            signIn(mine, "/rota/mine", "ods.operator");
            assertThat(mine.getByTestId("my-profile")).containsText("Sam Osei");
            assertThat(mine.getByTestId("my-shifts")).isVisible();
            Browser.assertAccessible(mine);

            mine.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub board")).click();
            assertThat(mine.getByTestId("board-now")).containsText("On shift");
            assertThat(mine.getByTestId("board-now")).hasAttribute("hx-trigger", "every 30s");
            Browser.assertAccessible(mine);
        }
    }

    /**
     * The supervisor trains two colleagues for a new hub on their profiles, builds the coming week there from the earlies
     * pattern and puts the operator on tomorrow's early; the operator offers it to the supervisor's own profile from My
     * shifts; the supervisor approves it in the hub's queue; the hub's board shows the new name on the next shift.
     */
    @Test
    void anOperatorSwapsAShiftTheSupervisorApprovesAndTheBoardShowsIt() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate tomorrow = TestClock.today().plusDays(1);
        if (tomorrow.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
            // The demo rota starts tomorrow: its shifts around that day would clash with the ones this journey makes.
            RotaFixture.freeAround(tomorrow, "ods.operator", "ods.supervisor");
        }
        try (BrowserContext supervisor = browser.newContext(); BrowserContext operator = browser.newContext()) {
            Page page = supervisor.newPage();
            signIn(page, "/rota/operators", "ods.supervisor");
            assertThat(page.getByTestId("operators")).containsText("Sam Osei");
            Browser.assertAccessible(page);
            for (String name : new String[] { "Sam Osei", "Rachel Green" }) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
                page.locator("input[name=trainedHubs][value='" + hub + "']").check();
                Browser.assertAccessible(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
                assertThat(page.getByTestId("saved")).containsText("Operator profile saved");
            }

            page.navigate(org.cctvportal.stack.LocalStackResource.stack().portalBaseUrl() + "/rota/hubs/" + hub);
            page.getByLabel("Pattern").selectOption("EARLIES");
            page.getByLabel("First day").fill(tomorrow.toString());
            page.getByLabel("Last day").fill(tomorrow.plusDays(6).toString());
            page.getByLabel("Positions on each shift").fill("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add shifts")).click();
            assertThat(page.getByTestId("saved")).hasText("Shifts added: 7.");
            Browser.assertAccessible(page);
            com.microsoft.playwright.Locator early = page.getByTestId("shift").first();
            String shiftId = early.getAttribute("data-shift-id");
            early.getByRole(AriaRole.COMBOBOX).selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Sam Osei"));
            early.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Put on"))).click();
            assertThat(page.getByTestId("saved")).hasText("Operator put on the shift.");

            Page mine = operator.newPage();
            signIn(mine, "/rota/mine", "ods.operator");
            com.microsoft.playwright.Locator mineRow = mine.locator("[data-testid=my-shift][data-shift-id='" + shiftId
                    + "']");
            mineRow.getByRole(AriaRole.COMBOBOX).selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Rachel Green"));
            Browser.assertAccessible(mine);
            mineRow.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Offer"))).click();
            assertThat(mine.getByTestId("saved")).containsText("Shift offered");
            assertThat(mine.getByTestId("my-requests")).containsText("Waiting for a supervisor");
            Browser.assertAccessible(mine);

            page.navigate(org.cctvportal.stack.LocalStackResource.stack().portalBaseUrl() + "/rota/hubs/" + hub
                    + "/swaps");
            com.microsoft.playwright.Locator waiting = page.getByTestId("swap").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sam Osei gives their place to "
                            + "Rachel Green"));
            Browser.assertAccessible(page);
            waiting.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Approve"))).click();
            assertThat(page.getByTestId("saved")).containsText("Approved");
            Browser.assertAccessible(page);

            page.navigate(org.cctvportal.stack.LocalStackResource.stack().portalBaseUrl() + "/rota/hubs/" + hub
                    + "/board");
            assertThat(page.getByTestId("board-next")).containsText("Rachel Green");
            assertThat(page.getByTestId("board-next")).not().containsText("Sam Osei");
            Browser.assertAccessible(page);

            mine.reload();
            assertThat(mine.getByTestId("my-requests")).containsText("Approved");
            assertThat(mine.locator("[data-testid=my-shift][data-shift-id='" + shiftId + "']")).hasCount(0);
        }
    }
}
