package org.cctvportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every type the driver may hand back for a native column reads as the same value. */
class NativeRowsTest {

    private static final Instant AT = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void aPointInTimeReadsTheSameWhicheverTypeCarriesIt() {
        assertEquals(AT, NativeRows.instant(AT));
        assertEquals(AT, NativeRows.instant(OffsetDateTime.ofInstant(AT, ZoneOffset.ofHours(1))));
        assertEquals(AT, NativeRows.instant(Timestamp.from(AT)));
        assertNull(NativeRows.instant(null));
        assertThrows(IllegalStateException.class, () -> NativeRows.instant("2026-03-29T00:30:00Z"));
    }

    @Test
    void aDateReadsTheSameWhicheverTypeCarriesIt() {
        LocalDate day = LocalDate.of(2026, 3, 29);
        assertEquals(day, NativeRows.localDate(day));
        assertEquals(day, NativeRows.localDate(java.sql.Date.valueOf(day)));
        assertNull(NativeRows.localDate(null));
        assertThrows(IllegalStateException.class, () -> NativeRows.localDate(AT));
    }

    @Test
    void aCountOrSumIsALongAndNothingIsZero() {
        assertEquals(7L, NativeRows.longValue(7));
        assertEquals(7L, NativeRows.longValue(BigInteger.valueOf(7)));
        assertEquals(0L, NativeRows.longValue(null));
    }
}
