package org.cctvportal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.cctvportal.stack.LocalStackResource;
import org.cctvportal.support.Mailbox;
import org.junit.jupiter.api.Test;

/**
 * A second region joins the service without SQL or Keycloak's console, in a real browser with axe-core on every
 * page: the platform admin opens "Hampshire and Isle of Wight"; its first partnership admin reads the invitation from
 * the mail server and sets a password on Keycloak's page; they admit a council in onboarding and invite its manager;
 * the manager signs in, adds a site and a camera, and is refused a booking; the operator's manager, invited the same
 * way, opens a hub on the hub pages and proposes the council, and the admin agrees; the PCC admin sets the council live and
 * the booking goes through; the manager invites a colleague, then deactivates them, and the colleague's next page
 * load is refused.
 */
@QuarkusTest
class NewPartnershipJourneyTest extends BrowserJourney {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String PARTNERSHIP = "Hampshire and Isle of Wight CCTV Partnership";
    private static final String OFFICE = "Office of the Police and Crime Commissioner for Hampshire and Isle of Wight";
    private static final String COUNCIL = "Portsmouth City Council";
    private static final String HUB_OPERATOR = "Solent CCTV Hub Services";

    @Inject
    Clock clock;

    @Test
    void aPlatformAdminOpensARegionWhoseCouncilGoesFromOnboardingToBooking() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "pcc-admin-" + run + "@hampshire.test";
        String managerEmail = "cctv-manager-" + run + "@portsmouth.test";
        String colleagueEmail = "cctv-viewer-" + run + "@portsmouth.test";
        String base = LocalStackResource.stack().portalBaseUrl();
        try (BrowserContext operatorContext = browser.newContext();
                BrowserContext adminContext = browser.newContext();
                BrowserContext managerContext = browser.newContext();
                BrowserContext colleagueContext = browser.newContext();
                BrowserContext hubContext = browser.newContext()) {
            Page operator = operatorContext.newPage();
            signIn(operator, "/", "platform.admin");
            assertThat(heading(operator)).hasText("Partnerships");
            assertThat(operator.getByTestId("partnership-table")).containsText("Thames Valley CCTV Partnership");
            Browser.assertAccessible(operator);

            operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a partnership")).click();
            Browser.assertAccessible(operator);
            operator.getByLabel("E-mail address").fill("not-an-address");
            openPartnership(operator);
            assertThat(operator.getByTestId("error-summary"))
                    .containsText("Enter an e-mail address in the correct format");
            assertThat(operator.getByTestId("error-summary")).containsText("Enter the region it covers");
            Browser.assertAccessible(operator);

            operator.getByLabel("Name of the partnership").fill("Thames Valley CCTV Partnership");
            operator.getByLabel("Region").fill("Hampshire and Isle of Wight");
            operator.getByLabel("Name of its PCC office").fill(OFFICE);
            operator.getByLabel("First name").fill("Hannah");
            operator.getByLabel("Last name").fill("Shaw");
            operator.getByLabel("E-mail address").fill(adminEmail);
            openPartnership(operator);
            assertThat(operator.getByTestId("error-summary"))
                    .containsText("A partnership called Thames Valley CCTV Partnership is already on the service");
            Browser.assertAccessible(operator);

            assertThat(operator.getByLabel("E-mail address")).hasValue(adminEmail);
            operator.getByLabel("Name of the partnership").fill(PARTNERSHIP);
            openPartnership(operator);
            assertThat(heading(operator)).hasText(PARTNERSHIP);
            assertThat(operator.getByTestId("done-banner")).containsText(adminEmail);
            assertThat(operator.locator("tr[data-person='" + adminEmail + "']").getByTestId("state"))
                    .hasText("Invited");
            assertThat(operator.getByTestId("partnership-id")).isVisible();
            Browser.assertAccessible(operator);

            Page admin = adminContext.newPage();
            acceptInvitation(admin, adminEmail, "Hampshire-admin-1");
            assertThat(admin.getByTestId("partner-name")).containsText(OFFICE);
            Browser.assertAccessible(admin);

            admin.navigate(base + "/partners");
            assertThat(admin.getByTestId("partner-table")).not().containsText("Milton Keynes");
            String council = admit(admin, COUNCIL, "COUNCIL");
            admit(admin, HUB_OPERATOR, "OPERATOR");

            admin.navigate(base + "/people");
            admin.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(COUNCIL));
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show people")).click();
            assertThat(admin.locator(".govuk-caption-l")).hasText(COUNCIL);
            Browser.assertAccessible(admin);
            invite(admin, managerEmail, "Morgan", "Price", "Partner manager");

            Page manager = managerContext.newPage();
            acceptInvitation(manager, managerEmail, "Portsmouth-manager-1");
            assertThat(manager.getByTestId("partner-name")).containsText(COUNCIL);
            Browser.assertAccessible(manager);
            String tag = addSiteAndCamera(manager, run);

            manager.navigate(base + "/bookings/new");
            assertThat(heading(manager)).hasText("Your organisation is not live yet");
            Browser.assertAccessible(manager);

            // The operator's manager opens a hub on the hub pages and proposes the council; the admin agrees.
            String hubManagerEmail = "hub-manager-" + run + "@solent.test";
            admin.navigate(base + "/people");
            admin.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(HUB_OPERATOR));
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show people")).click();
            invite(admin, hubManagerEmail, "Robin", "Hale", "Partner manager");
            Page hubManager = hubContext.newPage();
            acceptInvitation(hubManager, hubManagerEmail, "Solent-manager-1");
            String hub = openHub(hubManager, base, "Portsmouth hub " + run, COUNCIL);
            admin.navigate(hubManager.url());
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree that " + hub + " serves "
                    + COUNCIL)).click();
            assertThat(admin.getByTestId("served-table")).containsText(COUNCIL);
            Browser.assertAccessible(admin);

            admin.navigate(base + "/partners/" + council + "/manage");
            admin.getByLabel("Move to phase").selectOption("LIVE");
            admin.getByLabel("Reason for the change of phase").fill("Estate survey complete; monitoring starts");
            Browser.assertAccessible(admin);
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change phase")).click();
            assertThat(admin.getByTestId("phase-now")).hasText("Live");
            Browser.assertAccessible(admin);

            LocalDate friday = clock.instant().atZone(LONDON).toLocalDate().plusWeeks(2)
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            manager.navigate(base + "/bookings/new");
            manager.getByLabel("Hub", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(hub));
            manager.getByLabel("Group of cameras").fill("Guildhall Square");
            manager.getByLabel("Cameras", new Page.GetByLabelOptions().setExact(true)).fill(tag);
            manager.getByLabel("Every week").check();
            manager.getByLabel("Friday").check();
            manager.getByLabel("Start time", new Page.GetByLabelOptions().setExact(true)).fill("20:00");
            manager.getByLabel("End time", new Page.GetByLabelOptions().setExact(true)).fill("23:00");
            date(manager, "firstDate", friday);
            date(manager, "lastDate", friday.plusWeeks(3));
            Browser.assertAccessible(manager);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request booking")).click();
            assertThat(manager.getByTestId("booking-status")).hasText("Requested");
            assertThat(manager.getByTestId("booking-cameras")).containsText(tag);
            Browser.assertAccessible(manager);

            manager.navigate(base + "/people");
            invite(manager, colleagueEmail, "Vic", "Turner", "Partner viewer");
            Page colleague = colleagueContext.newPage();
            acceptInvitation(colleague, colleagueEmail, "Portsmouth-viewer-1");
            assertThat(colleague.getByTestId("partner-name")).containsText(COUNCIL);

            manager.reload();
            Locator row = manager.locator("tr[data-person='" + colleagueEmail + "']");
            assertThat(row.getByTestId("state")).hasText("Active");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate Vic Turner")).click();
            assertThat(manager.getByTestId("done-banner")).containsText(colleagueEmail + " is deactivated");
            Browser.assertAccessible(manager);

            colleague.reload();
            assertThat(heading(colleague)).hasText("Your account has been deactivated");
            Browser.assertAccessible(colleague);

            operator.navigate(base + "/platform/partnerships");
            Locator opened = operator.locator("tr:has(a:text-is('" + PARTNERSHIP + "'))");
            assertThat(opened.getByTestId("partners")).hasText("3");
            // The admin, the council's manager and the hub's manager; the deactivated colleague is not counted.
            assertThat(opened.getByTestId("people")).hasText("3");
            assertThat(opened.getByTestId("cameras")).hasText("1");
            Browser.assertAccessible(operator);
        }
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static void openPartnership(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the partnership")).click();
    }

    private static void invite(Page page, String email, String first, String last, String role) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite a person")).click();
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("First name").fill(first);
        page.getByLabel("Last name").fill(last);
        page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(page.getByTestId("done-banner")).containsText("Invitation sent to " + email);
        Browser.assertAccessible(page);
    }

    /** Sets a password from the invitation e-mail on Keycloak's page, then signs in to the portal with it. */
    private static void acceptInvitation(Page page, String email, String password) {
        Mailbox.setPassword(page, Mailbox.invitationLink(email), password);
        page.navigate(LocalStackResource.stack().portalBaseUrl() + "/");
        if (page.getByLabel("Username or email").count() > 0) {
            page.getByLabel("Username or email").fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
        }
        assertThat(page.getByTestId("signed-in-user")).isVisible();
    }

    private static String addSiteAndCamera(Page page, String run) {
        String base = LocalStackResource.stack().portalBaseUrl();
        String tag = "PCC-" + run;
        page.navigate(base + "/sites/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Guildhall Square");
        page.getByLabel("Kind of site").selectOption("Town centre");
        page.getByLabel("Postcode (optional)").fill("po1 2al");
        page.getByLabel("Latitude (optional)").fill("50.7989");
        page.getByLabel("Longitude (optional)").fill("-1.0912");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save site")).click();
        assertThat(page.getByTestId("saved-banner")).isVisible();
        Browser.assertAccessible(page);

        page.navigate(base + "/cameras/new");
        page.getByLabel("Asset tag").fill(tag);
        page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true)).selectOption("Guildhall Square");
        page.getByLabel("Manufacturer").selectOption("Axis Communications");
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("Dome");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save camera")).click();
        assertThat(page.getByTestId("saved-banner")).isVisible();
        assertThat(page.getByTestId("camera-tag")).containsText(tag);
        Browser.assertAccessible(page);
        return tag;
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(Integer.toString(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(Integer.toString(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(Integer.toString(date.getYear()));
    }

    /** Admits a partner in onboarding, as the PCC admin does, and returns its identifier from the banner. */
    private static String admit(Page page, String name, String kind) {
        page.navigate(LocalStackResource.stack().portalBaseUrl() + "/partners");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit a partner")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Kind of partner").selectOption(kind);
        page.getByLabel("Status").selectOption("ONBOARDING");
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit partner")).click();
        assertThat(page.getByTestId("admitted-banner")).isVisible();
        Browser.assertAccessible(page);
        return page.getByTestId("admitted-banner").locator("code").textContent().strip();
    }

    /**
     * The operator's manager opens a hub on the hub pages, staffs every day and night with two consoles and proposes
     * the council; answers the hub's name, with the page left on the hub's partners.
     */
    private String openHub(Page page, String base, String name, String council) {
        page.navigate(base + "/hubs/new");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Address").fill("Civic Offices, Guildhall Square, Portsmouth PO1 2AL");
        page.getByLabel("Consoles").fill("2");
        page.getByLabel("Cameras one operator watches at once").fill("8");
        LocalDate today = clock.instant().atZone(LONDON).toLocalDate();
        date(page, "opensOn", today);
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the hub")).click();
        assertThat(page.getByTestId("hub-name")).hasText(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set the next staffing plan")).click();
        date(page, "effectiveFrom", today);
        for (DayOfWeek day : DayOfWeek.values()) {
            page.locator("#day-" + day.name().toLowerCase()).fill("2");
            page.locator("#night-" + day.name().toLowerCase()).fill("2");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the staffing plan")).click();
        assertThat(page.getByTestId("saved")).containsText("Staffing plan saved");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners served and proposed")).click();
        page.getByLabel("Propose a partner for the hub to serve").selectOption(new SelectOption().setLabel(council));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
        assertThat(page.getByTestId("proposed-table")).containsText(council);
        Browser.assertAccessible(page);
        return name;
    }
}
