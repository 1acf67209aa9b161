package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.Formats;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.cctvportal.support.ActingPartner;
import org.junit.jupiter.api.Test;

/**
 * The operator's manager sets tariffs through the API with the pages' rules (a past start, bad pence and another
 * partner's manager are refused, nothing changed; the same kind and day replaces); a month's statement is priced by
 * band at the demo's council tariff, and its PDF, read back, shows the partner, the operator and the total due.
 */
@QuarkusTest
class TariffAndPdfTest {

    @Inject
    UnattendedWork unattended;

    @Inject
    BookingService bookings;

    @Inject
    HubDecisions decisions;

    private <T> T as(String partner, Supplier<T> work) {
        return ActingPartner.as(unattended, partner, work);
    }

    private static int tariffs() {
        return given().auth().oauth2(DemoUsers.token("oxford.viewer")).get("/api/v1/tariffs").then().statusCode(200)
                .extract().path("size()");
    }

    private static io.restassured.response.Response post(String user, Map<String, Object> body) {
        return given().auth().oauth2(DemoUsers.token(user)).contentType("application/json").body(body)
                .post("/api/v1/tariffs");
    }

    private static String page(String user, String path) {
        return org.cctvportal.support.FormSession.of(user).form().get(path).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void theOperatorsManagerSetsATariffAndBadInputChangesNothing() {
        LocalDate from = TestClock.today().plusYears(5).withDayOfMonth(3);
        int before = tariffs();
        post("ods.manager", Map.of("customerKind", "POLICE", "basis", "CAMERA_HOUR", "effectiveFrom",
                TestClock.today().minusDays(1).toString(), "dayPence", 150, "nightPence", -1, "weekendPence", 200))
                .then().statusCode(400).body(containsString("must start today or later"))
                .body(containsString("night rate in whole pence"));
        post("ods.manager", Map.of("customerKind", "PUBLIC", "basis", "MONTHLY_FIXED", "effectiveFrom", "soon"))
                .then().statusCode(400).body(containsString("council, business or police"))
                .body(containsString("must be a real date"));
        post("oxford.manager", Map.of("customerKind", "POLICE", "basis", "CAMERA_HOUR", "effectiveFrom",
                from.toString(), "dayPence", 1, "nightPence", 1, "weekendPence", 1)).then().statusCode(404);
        given().auth().oauth2(DemoUsers.token("opcc.admin")).contentType("application/json").body("{}")
                .post("/api/v1/tariffs").then().statusCode(403);
        assertEquals(before, tariffs(), "nothing refused was saved");

        post("ods.manager", Map.of("customerKind", "POLICE", "basis", "CAMERA_HOUR", "effectiveFrom",
                from.toString(), "dayPence", 150, "nightPence", 175, "weekendPence", 200)).then().statusCode(201);
        post("ods.manager", Map.of("customerKind", "POLICE", "basis", "CAMERA_HOUR", "effectiveFrom",
                from.toString(), "dayPence", 155, "nightPence", 180, "weekendPence", 205)).then().statusCode(201);
        assertEquals(before + 1, tariffs(), "the same kind and day replaces the rates");
        List<Map<String, Object>> rows = given().auth().oauth2(DemoUsers.token("oxford.viewer"))
                .get("/api/v1/tariffs").then().extract().jsonPath().getList("");
        Map<String, Object> set = rows.stream().filter(r -> r.get("effectiveFrom").equals(from.toString())
                && r.get("customerKind").equals("POLICE")).findFirst().orElseThrow();
        assertEquals(List.of(155, 180, 205), List.of(set.get("dayPence"), set.get("nightPence"),
                set.get("weekendPence")));
        String page = page("ods.manager", "/tariffs");
        assertTrue(page.contains("Monday to Friday, 07:00 to 19:00") && page.contains("data-testid=\"set-tariff\""),
                "the bands are stated and the operator's manager is offered the form");
        assertTrue(!page("oxford.manager", "/tariffs").contains("data-testid=\"set-tariff\""),
                "a council's manager reads the tariffs but is offered no form");
    }

    @Test
    void aMonthsPdfStatementReadsBackWithTheTotalDue() throws Exception {
        long hub = MonitoringFixture.hub("tv-ods", 4, 5);
        YearMonth month = TestClock.thisMonth().minusMonths(6);
        // Wednesday evenings 17:00 to 21:00 on 2 cameras: 2 h day at 1.65 and 2 h night at 1.85, 14.00 a week.
        long booking = as("tv-milton-keynes", () -> bookings.request(new BookingRequest(hub, "PDF evenings", 2,
                Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(17, 0),
                LocalTime.of(21, 0), month.atDay(1), month.atEndOfMonth(), Booking.Priority.ROUTINE, null,
                MonitoringFixture.tags("tv-milton-keynes", 2))).id);
        as("tv-ods", () -> {
            decisions.approve(booking);
            return null;
        });
        long wednesdays = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY).count();
        var json = given().auth().oauth2(DemoUsers.token("mk.manager")).get("/api/v1/statements?month=" + month)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = json.<Map<String, Object>>getList("[0].lines").stream()
                .filter(l -> ((Number) l.get("bookingId")).longValue() == booking).toList();
        assertEquals(List.of("DAY", "NIGHT"), mine.stream().map(l -> l.get("band")).toList());
        BigDecimal amount = mine.stream().map(l -> new BigDecimal(l.get("amount").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("14.00").multiply(BigDecimal.valueOf(wednesdays)).compareTo(amount));
        BigDecimal net = new BigDecimal(json.getString("[0].total"));
        BigDecimal gross = new BigDecimal(json.getString("[0].gross"));
        assertEquals(0, net.multiply(new BigDecimal("1.20")).setScale(2, java.math.RoundingMode.HALF_UP)
                .compareTo(gross), "VAT at the configured 20%");

        byte[] pdf = given().auth().oauth2(DemoUsers.token("mk.manager"))
                .get("/api/v1/statements.pdf?month=" + month + "&partner=tv-milton-keynes").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Milton Keynes City Council"), text);
            assertTrue(text.contains("Oxford Direct Services Ltd"), "the operator's details: " + text);
            assertTrue(text.contains("MB-" + booking), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("Total due " + Formats.money(gross)), text);
        }
        given().auth().oauth2(DemoUsers.token("mk.manager"))
                .get("/api/v1/statements.pdf?month=" + month + "&partner=tv-oxford-city").then().statusCode(404);
    }
}
