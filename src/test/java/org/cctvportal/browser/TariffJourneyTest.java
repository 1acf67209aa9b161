package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cctvportal.monitoring.Booking;
import org.cctvportal.monitoring.BookingRequest;
import org.cctvportal.monitoring.BookingService;
import org.cctvportal.monitoring.HubDecisions;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.support.TestClock;
import org.cctvportal.support.ActingPartner;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager sets the council tariff from 1 July 2027 in a real browser (after a refused empty form);
 * Oxford's Friday evenings that July are delivered; in August Oxford's manager opens July's statement, priced by
 * band at the new rates, and downloads its PDF, whose total due, read back, is the page's. axe-core on every page.
 * The portal's clock is fixed; no date here is today's.
 */
@QuarkusTest
class TariffJourneyTest extends BrowserJourney {

    static final LocalDate FROM = LocalDate.of(2027, 7, 1);

    @Inject
    UnattendedWork unattended;

    @Inject
    BookingService bookings;

    @Inject
    HubDecisions decisions;

    private <T> T as(String partner, Supplier<T> work) {
        return ActingPartner.as(unattended, partner, work);
    }

    @Test
    void aManagerSetsATariffAndTheMonthsPdfStatementHasTheRightTotal() throws Exception {
        TestClock.fixAt(LocalDateTime.of(2027, 6, 20, 10, 0));
        try (BrowserContext ods = browser.newContext(); BrowserContext council = browser.newContext()) {
            Page page = ods.newPage();
            signIn(page, "/hubs", "ods.manager");
            page.getByTestId("tariffs-link").click();
            assertThat(page.getByTestId("band-table")).containsText("Monday to Friday, 07:00 to 19:00");
            Browser.assertAccessible(page);
            page.getByTestId("set-tariff").click();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the tariff")).click();
            assertThat(page.getByTestId("error-summary")).containsText("Choose the kind of customer");
            Browser.assertAccessible(page);
            page.getByLabel("Kind of customer").selectOption(new SelectOption().setLabel("Council"));
            page.getByLabel("Rates are per").selectOption(new SelectOption().setLabel("per camera-hour"));
            page.locator("#effectiveFrom-day").fill("1");
            page.locator("#effectiveFrom-month").fill("7");
            page.locator("#effectiveFrom-year").fill("2027");
            page.getByLabel("Day rate in pence").fill("210");
            page.getByLabel("Night rate in pence").fill("260");
            page.getByLabel("Weekend rate in pence").fill("320");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the tariff")).click();
            assertThat(page.getByTestId("saved")).containsText("Tariff saved");
            Locator row = page.locator("[data-testid=tariff-row][data-kind=COUNCIL][data-from=\"" + FROM + "\"]");
            assertThat(row).containsText("1 Jul 2027");
            assertThat(row).containsText("£2.60");
            Browser.assertAccessible(page);

            // Oxford's Friday evenings in July 2027, 17:00 to 21:00 on 3 cameras: 2 h day and 2 h night each.
            long hub = MonitoringFixture.hub("tv-ods", 4, 5);
            long booking = as("tv-oxford-city", () -> bookings.request(new BookingRequest(hub, "Friday evenings", 3,
                    Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(17, 0),
                    LocalTime.of(21, 0), FROM, FROM.plusMonths(1).minusDays(1), Booking.Priority.ROUTINE, null,
                    MonitoringFixture.tags("tv-oxford-city", 3))).id);
            as("tv-ods", () -> {
                decisions.approve(booking);
                return null;
            });

            TestClock.fixAt(LocalDateTime.of(2027, 8, 2, 10, 0));
            Page oxford = council.newPage();
            signIn(oxford, "/statements?month=2027-07", "oxford.manager");
            String line = "[data-testid=statement-line][data-reference=\"MB-" + booking + "\"]";
            // Five Fridays: day 3 x 10 h x 2.10 = 63.00; night 3 x 10 h x 2.60 = 78.00.
            assertThat(oxford.locator(line + "[data-band=DAY] td").last()).hasText("£63");
            assertThat(oxford.locator(line + "[data-band=NIGHT] td").last()).hasText("£78");
            assertThat(oxford.locator(line + "[data-band=NIGHT]")).containsText("£2.60 per camera-hour");
            Browser.assertAccessible(oxford);
            String total = oxford.locator("[data-testid=statement] [data-testid=total]").first().textContent().strip();
            Download download = oxford.waitForDownload(() -> oxford.getByTestId("statement-pdf").first().click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("Oxford City Council"), text);
                assertTrue(text.contains("MB-" + booking), text);
                assertTrue(text.contains("Total due " + total), "the PDF's total is the page's " + total + ": " + text);
            }
        }
    }
}
