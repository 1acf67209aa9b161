package org.cctvportal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cctvportal.support.RenderedHtml;

/** Debian's Chromium driven by Playwright (no browser download), and the axe-core check every visited page must pass. */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static com.microsoft.playwright.Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /**
     * Fails with every WCAG violation axe finds on the page as it is now, on template code left unrendered, or on a
     * date shown in ISO form rather than the portal's one style.
     */
    static void assertAccessible(Page page) {
        RenderedHtml.templateCode(page.content()).ifPresent(code -> fail("unrendered template code on " + page.url()
                + ": " + code));
        RenderedHtml.isoDate(page.content()).ifPresent(date -> fail("a date in ISO form (write it as 27 Mar 2024) on "
                + page.url() + ": " + date));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa", "best-practice")).analyze();
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertTrue(violations.isEmpty(), "accessibility violations on " + page.url() + ":\n" + violations);
    }
}
