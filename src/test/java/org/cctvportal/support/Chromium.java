package org.cctvportal.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (no browser download), started once for the whole test run: by the first
 * browser journey or invitation that needs it, and closed when the JVM ends. Starting Playwright's driver and Chromium
 * took a few seconds each time on a 2-core machine, once per journey class and once per invitation followed. Every
 * user of it opens its own context (cookies and storage apart) and closes it. Playwright's objects are not
 * thread-safe; the tests run one after another.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    public static synchronized Browser shared() {
        if (browser == null || !browser.isConnected()) {
            long started = System.nanoTime();
            if (playwright != null) {
                playwright.close();
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync")));
            System.out.printf("Chromium started for the run in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            Playwright closing = playwright;
            Browser open = browser;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                open.close();
                closing.close();
            }, "close-chromium"));
        }
        return browser;
    }
}
