package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/**
 * Oxford Direct Services' hub supervisor in a real browser: opens next week's demo rota at Oxford, is refused a
 * pattern without a first day and a "put on" without an operator (GOV.UK errors), applies the earlies pattern again
 * (nothing is added twice); the operator sees their own shifts. axe-core on every page.
 */
@QuarkusTest
class RotaJourneyTest extends BrowserJourney {

    @Test
    void theSupervisorWorksNextWeeksRotaAndTheOperatorSeesTheirShifts() {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        try (BrowserContext supervisor = browser.newContext(); BrowserContext operator = browser.newContext()) {
            Page page = supervisor.newPage();
            signIn(page, "/rota", "ods.supervisor");
            assertThat(page.getByTestId("rota-hubs")).containsText("Oxford hub");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub").setExact(true)).click();
            page.getByTestId("next-week").click();
            assertThat(page.getByTestId("shifts")).containsText("23:00 to 07:00");
            assertThat(page.getByTestId("nights")).isVisible();
            Browser.assertAccessible(page);

            page.getByTestId("shift").first().getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName(
                            java.util.regex.Pattern.compile("^Put on"))).click();
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
}
