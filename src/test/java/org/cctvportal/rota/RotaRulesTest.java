package org.cctvportal.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cctvportal.platform.tenancy.UnattendedWork;
import org.cctvportal.platform.web.InvalidInputException;
import org.cctvportal.platform.web.LondonTime;
import org.cctvportal.support.TestClock;
import org.cctvportal.support.ActingPartner;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the rota, kept by the service on every assignment and by the database for overlaps: trained for the
 * hub, a licence valid on every day of the shift, no overlaps, 11 hours' rest (across midnight and across both clock
 * changes), at most 48 hours in any 7 days; templates expanded in London time; auto-fill never breaking a rule.
 */
@QuarkusTest
class RotaRulesTest {

    private static final int YEAR = TestClock.today().getYear() + 2;

    @Inject
    UnattendedWork unattended;

    @Inject
    ShiftService shiftService;

    @Inject
    OperatorService operatorService;

    @Inject
    AssignmentService assignments;

    private <T> T as(String partner, Supplier<T> work) {
        return ActingPartner.as(unattended, partner, work);
    }

    private long operator(long hub, LocalDate expires) {
        return as("tv-ods", () -> {
            OperatorProfile profile = new OperatorProfile();
            profile.siaLicence = "1234" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
            profile.siaExpires = expires;
            profile.contractedHours = 40;
            profile.trainedHubs = new java.util.TreeSet<>(Set.of(hub));
            profile.clearFor(new java.util.TreeSet<>(Set.of("tv-oxford-city")), java.time.LocalDate.of(2026, 1, 1));
            return TestOperators.add(operatorService, profile, "Test Operator " + System.nanoTime()).id;
        });
    }

    private long shift(long hub, LocalDate day, String start, String end) {
        ZonedDateTime from = ZonedDateTime.of(day, LocalTime.parse(start), LondonTime.ZONE);
        LocalTime endTime = LocalTime.parse(end);
        ZonedDateTime to = ZonedDateTime.of(endTime.isAfter(from.toLocalTime()) ? day : day.plusDays(1), endTime,
                LondonTime.ZONE);
        return as("tv-ods", () -> shiftService.addShift(hub, from.toInstant(), to.toInstant(), RotaShift.Role.OPERATOR, 2)
                .id);
    }

    private void assign(long shift, long operator) {
        as("tv-ods", () -> assignments.assign(shift, operator));
    }

    private String refusal(long shift, long operator) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> assign(shift, operator));
        return refused.errors().get("operatorId");
    }

    private static LocalDate lastSunday(int month) {
        return LocalDate.of(YEAR, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @Test
    void anOperatorNotTrainedForTheHubIsRefusedNamingTheRuleAndTheShift() {
        long hub = RotaFixture.hub(4, 5);
        long elsewhere = RotaFixture.hub(4, 5);
        long operator = operator(elsewhere, LocalDate.of(YEAR + 1, 1, 1));
        long shift = shift(hub, LocalDate.of(YEAR, 6, 3), "07:00", "15:00");
        String message = refusal(shift, operator);
        assertTrue(message.startsWith("Trained for the hub:"), message);
        assertTrue(message.contains("07:00 to 15:00"), message);
    }

    @Test
    void aLicenceExpiringDuringANightIsRefusedButOneLastingItsLastDayIsNot() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate expiry = LocalDate.of(YEAR, 6, 10);
        long operator = operator(hub, expiry);
        long nightOverExpiry = shift(hub, expiry, "23:00", "07:00");
        String message = refusal(nightOverExpiry, operator);
        assertTrue(message.startsWith("Valid SIA licence:"), message);
        assertTrue(message.contains("10 Jun " + YEAR), message);
        assign(shift(hub, expiry, "07:00", "15:00"), operator);
    }

    @Test
    void overlappingShiftsAreRefusedByTheServiceAndByTheDatabase() throws SQLException {
        long hub = RotaFixture.hub(4, 5);
        long operator = operator(hub, LocalDate.of(YEAR + 1, 1, 1));
        LocalDate day = LocalDate.of(YEAR, 7, 1);
        assign(shift(hub, day, "07:00", "15:00"), operator);
        long overlapping = shift(hub, day, "12:00", "20:00");
        assertTrue(refusal(overlapping, operator).startsWith("No overlapping shifts:"));
        try (Connection connection = RotaFixture.portalRole("tv-ods"); Statement sql = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("insert into rota_assignment "
                    + "(id, partner_id, shift_id, operator_id, period) values (nextval('rota_assignment_seq'), "
                    + "'tv-ods', " + overlapping + ", " + operator + ", 'empty')"));
            assertTrue(refused.getMessage().contains("rota_assignment_no_overlap"), refused.getMessage());
        }
    }

    @Test
    void elevenHoursRestAcrossMidnightIsKept() {
        long hub = RotaFixture.hub(4, 5);
        long operator = operator(hub, LocalDate.of(YEAR + 1, 1, 1));
        LocalDate day = LocalDate.of(YEAR, 7, 8);
        assign(shift(hub, day, "15:00", "23:00"), operator);
        String message = refusal(shift(hub, day.plusDays(1), "07:00", "15:00"), operator);
        assertTrue(message.startsWith("11 hours' rest between shifts:"), message);
        assign(shift(hub, day.plusDays(1), "10:00", "18:00"), operator);
    }

    @Test
    void restIsMeasuredInRealHoursAcrossBothClockChanges() {
        long hub = RotaFixture.hub(4, 5);
        long spring = operator(hub, LocalDate.of(YEAR + 1, 1, 1));
        LocalDate springSunday = lastSunday(3);
        assign(shift(hub, springSunday.minusDays(1), "15:00", "23:00"), spring);
        // 23:00 GMT to 10:00 BST reads as 11 hours on the clock but is 10.
        String message = refusal(shift(hub, springSunday, "10:00", "18:00"), spring);
        assertTrue(message.startsWith("11 hours' rest between shifts:"), message);

        long autumn = operator(hub, LocalDate.of(YEAR + 1, 1, 1));
        LocalDate autumnSunday = lastSunday(10);
        assign(shift(hub, autumnSunday.minusDays(1), "15:00", "23:00"), autumn);
        // 23:00 BST to 09:00 GMT reads as 10 hours on the clock but is 11.
        assign(shift(hub, autumnSunday, "09:00", "17:00"), autumn);
    }

    @Test
    void noMoreThanFortyEightHoursInAnySevenDays() {
        long hub = RotaFixture.hub(4, 5);
        long operator = operator(hub, LocalDate.of(YEAR + 1, 1, 1));
        LocalDate monday = LocalDate.of(YEAR, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int d = 0; d < 6; d++) {
            assign(shift(hub, monday.plusDays(d), "07:00", "15:00"), operator);
        }
        String message = refusal(shift(hub, monday.plusDays(6), "07:00", "15:00"), operator);
        assertTrue(message.startsWith("At most 48 hours in any 7 days:"), message);
        assertTrue(message.contains("56 hours"), message);
        assign(shift(hub, monday.plusDays(7), "07:00", "15:00"), operator);
    }

    @Test
    void aFullShiftTakesNoMore() {
        long hub = RotaFixture.hub(4, 5);
        long shift = shift(hub, LocalDate.of(YEAR, 8, 4), "07:00", "15:00");
        assign(shift, operator(hub, LocalDate.of(YEAR + 1, 1, 1)));
        assign(shift, operator(hub, LocalDate.of(YEAR + 1, 1, 1)));
        assertTrue(refusal(shift, operator(hub, LocalDate.of(YEAR + 1, 1, 1))).startsWith("Open positions:"));
    }

    @Test
    void nightsFromATemplateLastAsLongAsTheClocksMakeThem() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate springSaturday = lastSunday(3).minusDays(1);
        LocalDate autumnSaturday = lastSunday(10).minusDays(1);
        List<RotaShift> spring = as("tv-ods", () -> shiftService.applyTemplate(hub, ShiftService.Template.NIGHTS,
                springSaturday.minusDays(1), springSaturday.plusDays(1), RotaShift.Role.OPERATOR, 2));
        List<RotaShift> autumn = as("tv-ods", () -> shiftService.applyTemplate(hub, ShiftService.Template.NIGHTS,
                autumnSaturday, autumnSaturday, RotaShift.Role.OPERATOR, 2));
        assertEquals(List.of(8L, 7L, 8L), spring.stream().map(s -> s.length().toHours()).toList());
        assertEquals(List.of(9L), autumn.stream().map(s -> s.length().toHours()).toList());
        assertEquals("23:00", spring.get(1).label().substring(spring.get(1).label().length() - 14,
                spring.get(1).label().length() - 9));
        // Applying the same template again adds nothing.
        assertEquals(0, as("tv-ods", () -> shiftService.applyTemplate(hub, ShiftService.Template.NIGHTS, autumnSaturday,
                autumnSaturday, RotaShift.Role.OPERATOR, 2)).size());
    }

    @Test
    void autoFillNeverBreaksARuleAndSpreadsNightsWithinOne() {
        long hub = RotaFixture.hub(4, 5);
        LocalDate first = LocalDate.of(YEAR, 10, 12);
        LocalDate last = first.plusDays(27);
        for (int i = 0; i < 12; i++) {
            long id = operator(hub, i == 0 ? first.plusDays(10) : LocalDate.of(YEAR + 1, 6, 1));
            if (i % 4 == 1) {
                as("tv-ods", () -> {
                    OperatorProfile.<OperatorProfile>findById(id).canSupervise = true;
                    return null;
                });
            }
        }
        for (ShiftService.Template template : ShiftService.Template.values()) {
            as("tv-ods", () -> shiftService.applyTemplate(hub, template, first, last, RotaShift.Role.OPERATOR, 2));
        }
        as("tv-ods", () -> shiftService.applyTemplate(hub, ShiftService.Template.EARLIES, first, last,
                RotaShift.Role.SUPERVISOR, 1));
        Instant from = first.atStartOfDay(LondonTime.ZONE).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
        int filled = as("tv-ods", () -> assignments.autoFill(hub, from, to));
        assertTrue(filled > 100, "filled " + filled);
        as("tv-ods", () -> {
            List<ShiftService.ShiftRow> rows = shiftService.shifts(hub, from, to);
            for (ShiftService.ShiftRow row : rows) {
                for (OperatorProfile operator : row.operators()) {
                    // Every rule as a hand assignment checks it, against the rota as the auto-fill left it.
                    assertEquals(java.util.Optional.empty(), assignments.broken(operator, row.shift()),
                            operator.fullName + " on " + row.shift().label());
                }
            }
            assertTrue(rows.stream().filter(r -> r.shift().role == RotaShift.Role.SUPERVISOR)
                    .allMatch(r -> r.operators().size() == 1 && r.operators().get(0).canSupervise),
                    "every supervisor position filled by an operator allowed to supervise");
            Collection<Integer> nights = shiftService.nights(hub, rows).entrySet().stream()
                    .filter(e -> e.getKey().siaExpires.isAfter(last)).map(Map.Entry::getValue).toList();
            int most = nights.stream().mapToInt(Integer::intValue).max().orElseThrow();
            int fewest = nights.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertTrue(most - fewest <= 1, "nights " + nights);
            return null;
        });
    }
}
