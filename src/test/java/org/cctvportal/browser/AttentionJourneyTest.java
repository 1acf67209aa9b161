package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.cctvportal.dashboard.DashboardFigures;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard leads with what needs attention, each line a count that leads to exactly its rows; the PCC office's
 * map puts the worst cameras on top and stays out of the keyboard's way. At 1280 px, with axe-core on every page.
 */
@QuarkusTest
class AttentionJourneyTest extends BrowserJourney {

    /** Tab presses from the top of the page to the first element after the map: about 560 before the fix. */
    static final int MOST_TABS_PAST_THE_MAP = 60;

    @Inject
    DashboardFigures figures;

    @Test
    void thePccDashboardOpensOnWhatNeedsAttentionAndItsMapPutsTheWorstOnTop() {
        figures.refreshAll();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/dashboard/partnership", "opcc.admin");
            page.locator("[data-testid=compliance-map][data-ready=true]").waitFor();
            page.locator("#compliance-map .leaflet-marker-icon").first().waitFor();
            Browser.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pcc-attention.png"))
                    .setFullPage(true));
            System.out.println("PCC dashboard height at 1280 px: "
                    + page.evaluate("() => document.documentElement.scrollHeight") + " px");

            // The panel comes first, on the first screen, and the map after it.
            Locator panel = page.getByTestId("attention");
            double panelTop = panel.boundingBox().y;
            assertTrue(panelTop < 800, "the panel is on the first screen, at " + panelTop);
            assertTrue(panelTop < page.getByTestId("compliance-map").boundingBox().y, "the panel comes before the map");
            Locator critical = panel.locator("[data-testid=attention-item][data-key=critical-findings]");
            long criticalCount = Long.parseLong(critical.getAttribute("data-count"));
            assertTrue(criticalCount > 0, "the demo partnership has critical findings");
            Locator notices = panel.locator("[data-testid=attention-item][data-key=switch-off-notices]");
            int open = Integer.parseInt(notices.getAttribute("data-count"));

            // The worst marker is on top at the default zoom, and no marker or cluster takes a tab stop.
            assertEquals("critical", page.evaluate("() => { let top = null, z = -Infinity;"
                    + " document.querySelectorAll('#compliance-map .leaflet-marker-pane > *').forEach((e) => {"
                    + " const v = parseInt(getComputedStyle(e).zIndex, 10); if (v > z) { z = v; top = e; } });"
                    + " const m = top && top.className.match(/portal-map-(?:marker|cluster)--(\\w+)/);"
                    + " return m ? m[1] : null; }"), "the topmost marker at the default zoom is a critical one");
            assertEquals(0, ((Number) page.evaluate("() => document.querySelectorAll("
                    + "'#compliance-map .leaflet-marker-icon[tabindex]:not([tabindex=\"-1\"])').length")).intValue(),
                    "markers and clusters are out of the tab order");
            int tabs = tabsPastTheMap(page);
            System.out.println("Tab presses from the top to the first element after the map: " + tabs);
            assertTrue(tabs <= MOST_TABS_PAST_THE_MAP, tabs + " tab presses to pass the map");

            // The skip link leads past the map to the same cameras as lists.
            page.getByTestId("skip-map").click();
            assertThat(page.getByTestId("map-list")).isVisible();

            critical.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByTestId("finding-count")).containsText("of " + String.format("%,d", criticalCount)
                    + " findings");
            assertThat(page.locator("[data-testid=finding-row]:not([data-severity=CRITICAL])")).hasCount(0);
            Browser.assertAccessible(page);

            page.goBack();
            notices.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByTestId("notices-filter")).isVisible();
            assertThat(page.getByTestId("notice")).hasCount(open);
            assertThat(page.locator("[data-testid=notice][data-acknowledged=true]")).hasCount(0);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aCouncilAHubAndAPoliceForceEachSeeOnlyTheirOwnAttention() {
        figures.refreshAll();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "mk.manager");
            Locator waiting = page.locator("[data-testid=attention-item][data-key=bookings-waiting]");
            long count = Long.parseLong(waiting.getAttribute("data-count"));
            assertTrue(count > 0, "Milton Keynes has a booking waiting in the demo");
            assertThat(page.locator("[data-testid=attention-item][data-key=switch-off-notices]")).hasCount(0);
            Browser.assertAccessible(page);
            waiting.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByTestId("booking-filter")).isVisible();
            assertThat(page.getByTestId("booking-row")).hasCount((int) count);
            assertThat(page.locator("[data-testid=booking-row]:not([data-status=REQUESTED])")).hasCount(0);
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "ods.supervisor");
            Locator waiting = page.locator("[data-testid=attention-item][data-key=bookings-waiting]");
            assertThat(waiting).isVisible();
            Browser.assertAccessible(page);
            waiting.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new Page.GetByRoleOptions().setLevel(1))).containsText("Approvals");
        }
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "tvp.viewer");
            assertThat(page.getByTestId("attention-empty")).hasText("Nothing needs your attention now.");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void oxfordsManagerAndEvidenceOfficerAreLedToOverdueRequestsAndEndingShares() {
        figures.refreshAll();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/dashboard", "oxford.manager");
            Locator panel = page.getByTestId("attention");
            assertThat(panel.locator("[data-key=critical-findings]")).isVisible();
            Browser.assertAccessible(page);
            Locator overdue = panel.locator("[data-key=overdue-requests]");
            int requests = Integer.parseInt(overdue.getAttribute("data-count"));
            overdue.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByTestId("requests-filter")).isVisible();
            assertThat(page.getByTestId("request")).hasCount(requests);
            assertThat(page.locator("[data-testid=request]:not([data-overdue=true])")).hasCount(0);
            Browser.assertAccessible(page);
        }
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/", "oxford.evidence");
            Locator ending = page.getByTestId("attention").locator("[data-key=shares-expiring]");
            int items = Integer.parseInt(ending.getAttribute("data-count"));
            assertThat(page.getByTestId("attention").locator("[data-key=overdue-requests]")).isVisible();
            Browser.assertAccessible(page);
            ending.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByTestId("evidence-filter")).isVisible();
            assertThat(page.getByTestId("evidence-row")).hasCount(items);
            assertThat(page.getByTestId("evidence-row").filter(new Locator.FilterOptions()
                    .setHasText("Public order incident, Broad Street"))).hasCount(1);
            assertThat(page.getByTestId("evidence-row").filter(new Locator.FilterOptions()
                    .setHasText("Assault outside a bar"))).hasCount(0);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void thePccOfficesCompliancePagesOpenOnThePartnership() {
        figures.refreshAll();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "/capital-plan", "opcc.analyst");
            assertThat(page.getByTestId("no-plan")).hasCount(0);
            assertTrue(Long.parseLong(page.getByTestId("plan-total-count").textContent().replace(",", "")) > 0,
                    "the partnership's replacements lead the page");
            Browser.assertAccessible(page);
            String csv = page.request().get(page.url() + "/export").text();
            String[] lines = csv.split("\r\n");
            assertTrue(lines[0].startsWith("financial_year,partner,asset_type"), lines[0]);
            assertTrue(lines.length > 10 && csv.contains("Oxford City Council") && csv.contains("Slough"),
                    "the export holds the partnership's rows");

            page.navigate(page.url().replace("/capital-plan", "/compliance"));
            assertThat(page.getByTestId("partnership-table")).isVisible();
            assertThat(page.getByTestId("severity-table")).hasCount(0);
            Browser.assertAccessible(page);

            page.getByText("See the partnership's findings").click();
            assertThat(page.getByTestId("across-partners")).isVisible();
            assertThat(page.getByTestId("finding-partner").first()).isVisible();
            page.getByLabel("Partner").selectOption("tv-slough");
            assertThat(page.locator("[data-testid=finding-row]").first()).hasAttribute("data-partner", "tv-slough");
            assertThat(page.locator("[data-testid=finding-row]:not([data-partner=tv-slough])")).hasCount(0);
            assertThat(page.getByTestId("finding-partner").first()).hasText("Slough Borough Council");
            Browser.assertAccessible(page);
        }
    }

    private static BrowserContext desktop() {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 800));
    }

    /** Presses Tab from the top of the page until the focus is past the map, and counts. */
    private static int tabsPastTheMap(Page page) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        for (int presses = 1; presses <= 1000; presses++) {
            page.keyboard().press("Tab");
            Object past = page.evaluate("() => { const m = document.getElementById('compliance-map');"
                    + " const a = document.activeElement; return !!a && a !== document.body && !m.contains(a)"
                    + " && (m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }");
            if (Boolean.TRUE.equals(past)) {
                return presses;
            }
        }
        return Integer.MAX_VALUE;
    }
}
