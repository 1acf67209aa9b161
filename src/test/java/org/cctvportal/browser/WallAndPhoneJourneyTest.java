package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cctvportal.stack.LocalStackResource;
import org.junit.jupiter.api.Test;

/**
 * The control-room wall and the phone. A hub supervisor starts a wall screen for the Oxford hub on the wall's own
 * browser: the board fills the screen with no menu or footer, says when it was updated, says since when the
 * connection is lost when refreshes fail and recovers, and shows the refused page on its next refresh once revoked.
 * At 390 px the estate, findings and rota pages (and the other lists each role starts from) never scroll sideways;
 * wide tables scroll in their own labelled region and the filters fold behind "Filter". axe-core on every page.
 */
@QuarkusTest
class WallAndPhoneJourneyTest extends BrowserJourney {

    private static final Pattern UPDATED = Pattern.compile("updated \\d{2}:\\d{2}:\\d{2}");
    /** Asks the board for its next refresh now rather than in 30 seconds, as its poll would. */
    private static final String REFRESH = "() => { htmx.ajax('GET', location.pathname, "
            + "{ source: '#board-now', target: '#board-now', swap: 'outerHTML' }).catch(() => null); }";

    private static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name)).setFullPage(true));
    }

    private static String url(String path) {
        return LocalStackResource.stack().portalBaseUrl() + path;
    }

    @Test
    void aWallScreenShowsTheBoardSaysWhenItLostTheConnectionAndStopsWhenRevoked() {
        NewContextOptions wallSize = new NewContextOptions().setViewportSize(1920, 1080);
        try (BrowserContext wall = browser.newContext(wallSize); BrowserContext desk = browser.newContext()) {
            Page page = wall.newPage();
            signIn(page, "/rota", "ods.supervisor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub").setExact(true)).click();
            page.getByTestId("wall-screens-link").click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the wall screen")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the screen");
            Browser.assertAccessible(page);
            String name = "Oxford wall " + System.nanoTime();
            page.getByLabel("Name of the screen").fill(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the wall screen")).click();

            assertThat(page.getByTestId("kiosk")).isVisible();
            assertThat(page.getByTestId("kiosk")).containsText(name);
            assertThat(page.getByTestId("board-updated")).hasText(UPDATED);
            assertThat(page.locator(".govuk-service-navigation, .govuk-footer, [data-testid=signed-in-user]"))
                    .hasCount(0);
            assertTrue((Boolean) page.evaluate("document.getElementById('board-now').getBoundingClientRect().width"
                    + " > 0.9 * window.innerWidth"), "the board fills the wall's width");
            assertTrue((Boolean) page.evaluate("parseFloat(getComputedStyle(document.querySelector("
                    + "'.rota-board__list')).fontSize) >= 40"), "type sized for distance on a 1920 px wall");
            assertThat(page.getByTestId("board-gaps").locator(".rota-board__flag").first()).hasText(
                    Pattern.compile("Gap|Covered"));
            Browser.assertAccessible(page);
            screenshot(page, "wall-screen.png");

            page.route("**/rota/wall/**", route -> route.abort());
            page.evaluate(REFRESH);
            assertThat(page.getByTestId("board-lost")).isVisible();
            assertThat(page.getByTestId("board-lost")).containsText(Pattern.compile(
                    "Connection lost since \\d{2}:\\d{2}:\\d{2}"));
            Browser.assertAccessible(page);
            screenshot(page, "wall-screen-connection-lost.png");
            page.unroute("**/rota/wall/**");
            page.evaluate(REFRESH);
            assertThat(page.getByTestId("board-lost")).isHidden();
            assertThat(page.getByTestId("board-updated")).hasText(UPDATED);

            Page supervisor = desk.newPage();
            signIn(supervisor, "/rota", "ods.supervisor");
            supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub").setExact(true))
                    .click();
            supervisor.getByTestId("wall-screens-link").click();
            supervisor.getByTestId("wall-screen").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(name)).getByRole(AriaRole.BUTTON).click();
            assertThat(supervisor.getByTestId("saved")).containsText("Wall screen revoked");
            Browser.assertAccessible(supervisor);

            page.evaluate(REFRESH);
            assertThat(page.getByTestId("wall-refused")).isVisible();
            assertThat(page.getByTestId("board-now")).hasCount(0);
            Browser.assertAccessible(page);
            screenshot(page, "wall-screen-revoked.png");
        }
    }

    @Test
    void widePagesFitAPhoneAndTheirFiltersFoldAway() {
        NewContextOptions phone = new NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true);
        List<String> wide = new ArrayList<>();
        try (BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            signIn(page, "/cameras", "oxford.manager");
            for (String list : new String[] { "/cameras", "/findings" }) {
                page.navigate(url(list));
                assertThat(page.getByText("Filter", new Page.GetByTextOptions().setExact(true))).isVisible();
                assertThat(page.locator("form.portal-filters select").first()).isHidden();
                fits(page, wide);
                screenshot(page, "phone" + list.replace('/', '-') + ".png");
                page.getByText("Filter", new Page.GetByTextOptions().setExact(true)).click();
                assertThat(page.locator("form.portal-filters select").first()).isVisible();
                assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(
                        Pattern.compile("(Cameras|Findings) table")))).hasAttribute("tabindex", "0");
                fits(page, wide);
            }
            visit(page, wide, "/sites", "/recorders", "/bookings", "/bookings/calendar", "/statements", "/hubs",
                    "/compliance", "/capital-plan", "/specification", "/evidence", "/assurance/dpias",
                    "/assurance/disclosures", "/assurance/code-of-practice", "/people", "/profile");
        }
        try (BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            signIn(page, "/rota", "ods.supervisor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oxford hub").setExact(true)).click();
            fits(page, wide);
            String hub = page.url().replaceAll(".*/rota/hubs/(\\d+).*", "$1");
            page.getByTestId("next-week").click();
            assertThat(page.getByTestId("shifts")).containsText("23:00 to 07:00");
            fits(page, wide);
            screenshot(page, "phone-rota-week.png");
            visit(page, wide, "/rota/hubs/" + hub + "/board",
                    "/rota/hubs/" + hub + "/wall-screens", "/rota/hubs/" + hub + "/swaps", "/rota/operators",
                    "/rota/mine", "/approvals", "/hubs/" + hub + "/calendar", "/hubs/" + hub + "/day");
        }
        try (BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            signIn(page, "/partners", "opcc.admin");
            fits(page, wide);
            visit(page, wide, "/assurance/notices", "/estate/switch-offs", "/assurance/who-watched",
                    "/reference/manufacturers", "/reference/operating-systems");
        }
        assertTrue(wide.isEmpty(), "at 390 px:\n" + String.join("\n", wide));
    }

    private static void visit(Page page, List<String> wide, String... paths) {
        for (String path : paths) {
            page.navigate(url(path));
            fits(page, wide);
        }
    }

    /**
     * Notes the page when it scrolls sideways at the phone's width or fails axe as it is; every page is visited before
     * the test fails, so one run names them all.
     */
    private static void fits(Page page, List<String> wide) {
        Number width = (Number) page.evaluate("document.scrollingElement.scrollWidth");
        if (width.intValue() > 390) {
            wide.add(page.url() + " is " + width + " px wide");
        }
        try {
            Browser.assertAccessible(page);
        } catch (AssertionError e) {
            wide.add(e.getMessage());
        }
    }
}
