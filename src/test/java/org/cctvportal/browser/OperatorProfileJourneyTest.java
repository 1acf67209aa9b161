package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;
import org.cctvportal.monitoring.MonitoringFixture;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.rota.AssignmentService;
import org.cctvportal.rota.OperatorService;
import org.cctvportal.rota.RotaFixture;
import org.cctvportal.rota.RotaShift;
import org.cctvportal.rota.ShiftService;
import org.cctvportal.rota.TestOperators;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hub supervisor in a real browser adds an operator profile for a newly invited member of staff (trained for a hub,
 * cleared for Oxford City), who is then rostered on a shift while Oxford City's approved booking is watched; the
 * supervisor takes the clearance away and the rota and the hub dashboard show the shift it breaks. The portal's clock
 * is fixed; axe-core on every page.
 */
@QuarkusTest
class OperatorProfileJourneyTest extends BrowserJourney {

    private static final Instant NOW = Instant.parse("2031-03-03T09:00:00Z");

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    AssignmentService assignments;

    @Inject
    OperatorService operators;

    @BeforeEach
    void fixClock() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void aSupervisorAddsAClearedOperatorEndsTheClearanceAndSeesTheShiftItBreaks() {
        long hub = RotaFixture.hub(2, 5);
        String name = "Priya Journey" + (System.nanoTime() % 100_000);
        String email = as(() -> TestOperators.person(name).email);
        long shift = as(() -> shiftService.addShift(hub, Instant.parse("2031-03-13T07:00:00Z"),
                Instant.parse("2031-03-13T15:00:00Z"), RotaShift.Role.OPERATOR, 1).id);
        String base = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            signIn(page, "/rota/operators", "ods.supervisor");
            page.getByTestId("add-operator").click();
            Browser.assertAccessible(page);
            page.getByLabel("Person").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel(name + " (" + email + ")"));
            page.getByLabel("SIA licence number").fill("1013 0000 2468 1357");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add profile")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the licence expiry as a date");
            Browser.assertAccessible(page);
            page.getByLabel("Licence expires").fill("2033-01-31");
            page.getByLabel("Contracted hours a week").fill("37");
            page.locator("input[name=trainedHubs][value='" + hub + "']").check();
            page.locator("input[name=clearedPartners][value='tv-oxford-city']").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add profile")).click();
            assertThat(page.getByTestId("saved")).containsText("Operator profile added");
            assertThat(page.getByTestId("operators")).containsText(name);
            Browser.assertAccessible(page);

            long operator = as(() -> operators.operators().stream().filter(o -> name.equals(o.fullName))
                    .findFirst().orElseThrow().id);
            as(() -> {
                assignments.assign(shift, operator);
                return null;
            });
            approvedBooking(hub, "2031-03-13T08:00", "2031-03-13T10:00");
            page.navigate(base + "/rota/hubs/" + hub + "?week=2031-03-10");
            assertThat(page.getByTestId("no-broken-shifts")).isVisible();

            page.navigate(base + "/rota/operators/" + operator);
            assertThat(page.getByTestId("cleared-since")).containsText("3 Mar 2031");
            page.locator("input[name=clearedPartners][value='tv-oxford-city']").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
            assertThat(page.getByTestId("saved")).containsText("Operator profile saved");

            page.navigate(base + "/rota/hubs/" + hub + "?week=2031-03-10");
            assertThat(page.getByTestId("broken-shift")).hasCount(1);
            assertThat(page.getByTestId("broken-shift")).containsText("Cleared for the partners watched: " + name);
            Browser.assertAccessible(page);
            page.navigate(base + "/dashboard/hub");
            assertThat(page.getByTestId("broken-shifts").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(name))).hasCount(1);
            Browser.assertAccessible(page);
        }
    }

    private static void approvedBooking(long hub, String startsAt, String endsAt) {
        long booking = ((Number) given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .contentType("application/json").body(Map.of("hubId", hub, "cameraGroup", "Journey group",
                        "assetTags", MonitoringFixture.tags("tv-oxford-city", 2), "recurrence", "ONE_OFF",
                        "startsAt", startsAt, "endsAt", endsAt, "priority", "ROUTINE"))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(DemoUsers.token("ods.supervisor")).contentType("application/json").body("{}")
                .post("/api/v1/bookings/" + booking + "/approve").then().statusCode(200);
    }

    private <T> T as(Supplier<T> work) {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return unattended.forPartner("tv-ods", "thames-valley", work);
        } finally {
            context.terminate();
        }
    }
}
