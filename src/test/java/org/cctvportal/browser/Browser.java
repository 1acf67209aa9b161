package org.cctvportal.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.cctvportal.support.RenderedHtml;

/** Debian's Chromium driven by Playwright (no browser download), and the axe-core check every visited page must pass. */
final class Browser {

    private Browser() {
    }

    /** The run's one Chromium (see {@link org.cctvportal.support.Chromium}). */
    static com.microsoft.playwright.Browser shared() {
        return org.cctvportal.support.Chromium.shared();
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
