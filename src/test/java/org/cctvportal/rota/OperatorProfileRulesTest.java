package org.cctvportal.rota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cctvportal.platform.web.FormErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SIA licence number's format, a profile's field checks, and the rules a changed profile breaks on a shift. */
class OperatorProfileRulesTest {

    private static final long HUB = 7;

    @ParameterizedTest
    @ValueSource(strings = { "1013000012345678", "1013 0000 1234 5678", "1013-0000-1234-5678", " 1013000012345678 " })
    void theSixteenDigitsOfALicenceAreAcceptedAsPrinted(String typed) {
        assertEquals("1013000012345678", OperatorFields.siaLicence(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "101300001234567", "10130000123456789", "1013 0000 1234 567X", "SIA1013000012345" })
    void anythingButSixteenDigitsIsRefused(String typed) {
        assertNull(OperatorFields.siaLicence(typed));
    }

    @Test
    void everyBadFieldHasItsMessage() {
        FormErrors errors = new FormErrors();
        OperatorFields.check(new OperatorProfileService.Form("", "1234", "31/03/2027", "61", Set.of("99"),
                Set.of("tv-elsewhere"), false, "0"), Set.of(HUB), Set.of("tv-oxford-city"), errors);
        assertTrue(errors.get("siaLicence").contains("16 digits"), errors.get("siaLicence"));
        assertTrue(errors.get("siaExpires").contains("as a date"), errors.get("siaExpires"));
        assertTrue(errors.get("contractedHours").contains("0 to 60"), errors.get("contractedHours"));
        assertEquals("Choose hubs from the list", errors.get("trainedHubs"));
        assertEquals("Choose partners from the list", errors.get("clearedPartners"));
    }

    @Test
    void aValidProfileCarriesNoMessage() {
        FormErrors errors = new FormErrors();
        OperatorFields.Checked checked = OperatorFields.check(new OperatorProfileService.Form("",
                "1013 0000 1234 5678", "2027-03-31", "37", Set.of(Long.toString(HUB)), Set.of("tv-oxford-city"), true,
                "0"), Set.of(HUB), Set.of("tv-oxford-city"), errors);
        assertTrue(errors.isEmpty());
        assertEquals(LocalDate.of(2027, 3, 31), checked.siaExpires());
        assertEquals(Set.of(HUB), checked.trainedHubs());
    }

    @Test
    void aClearanceKeepsTheDayItWasGiven() {
        OperatorProfile operator = operator(LocalDate.of(2030, 1, 1));
        operator.clearFor(Set.of("tv-oxford-city", "tv-cherwell"), LocalDate.of(2027, 5, 1));
        assertEquals(LocalDate.of(2026, 1, 1), operator.clearances.get("tv-oxford-city"));
        assertEquals(LocalDate.of(2027, 5, 1), operator.clearances.get("tv-cherwell"));
        operator.clearFor(Set.of("tv-cherwell"), LocalDate.of(2027, 6, 1));
        assertEquals(Map.of("tv-cherwell", LocalDate.of(2027, 5, 1)), operator.clearances);
    }

    @Test
    void aLicenceExpiringBeforeTheShiftsLastDayBreaksIt() {
        RotaShift night = shift("2027-03-30T22:00:00Z", "2027-03-31T06:00:00Z");
        Optional<String> broken = RotaRules.brokenByProfile(operator(LocalDate.of(2027, 3, 30)), night, Map.of());
        assertTrue(broken.orElseThrow().startsWith("Valid SIA licence: Test Person's licence expires on 30 Mar 2027"),
                broken.get());
        assertTrue(RotaRules.brokenByProfile(operator(LocalDate.of(2027, 3, 31)), night, Map.of()).isEmpty());
    }

    @Test
    void aRemovedClearanceBreaksAShiftWhileThatPartnerIsWatched() {
        OperatorProfile operator = operator(LocalDate.of(2030, 1, 1));
        RotaShift shift = shift("2027-03-30T07:00:00Z", "2027-03-30T15:00:00Z");
        Map<String, String> watched = Map.of("tv-cherwell", "Cherwell District Council");
        assertTrue(RotaRules.brokenByProfile(operator, shift, Map.of()).isEmpty());
        assertEquals("Cleared for the partners watched", RotaRules.brokenByProfile(operator, shift, watched)
                .orElseThrow().split(":")[0]);
        operator.clearFor(Set.of("tv-oxford-city", "tv-cherwell"), LocalDate.of(2027, 1, 1));
        assertTrue(RotaRules.brokenByProfile(operator, shift, watched).isEmpty());
    }

    @Test
    void anEndedProfileOrLostTrainingBreaksEveryShift() {
        RotaShift shift = shift("2027-03-30T07:00:00Z", "2027-03-30T15:00:00Z");
        OperatorProfile untrained = operator(LocalDate.of(2030, 1, 1));
        untrained.trainedHubs = new TreeSet<>();
        assertEquals("Trained for the hub", RotaRules.brokenByProfile(untrained, shift, Map.of()).orElseThrow()
                .split(":")[0]);
        OperatorProfile ended = operator(LocalDate.of(2030, 1, 1));
        ended.active = false;
        assertEquals("Active", RotaRules.brokenByProfile(ended, shift, Map.of()).orElseThrow().split(":")[0]);
    }

    private static OperatorProfile operator(LocalDate expires) {
        OperatorProfile operator = new OperatorProfile();
        operator.fullName = "Test Person";
        operator.siaLicence = "1013000012345678";
        operator.siaExpires = expires;
        operator.trainedHubs = new TreeSet<>(Set.of(HUB));
        operator.clearFor(Set.of("tv-oxford-city"), LocalDate.of(2026, 1, 1));
        return operator;
    }

    private static RotaShift shift(String from, String to) {
        RotaShift shift = new RotaShift();
        shift.id = 1L;
        shift.hubId = HUB;
        shift.startsAt = Instant.parse(from);
        shift.endsAt = Instant.parse(to);
        shift.role = RotaShift.Role.OPERATOR;
        shift.positions = 1;
        return shift;
    }
}
