package org.cctvportal.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads the columns a native query hands back, whichever Java type the driver and Hibernate chose for them: a
 * {@code timestamptz} may come as {@link Instant}, {@link OffsetDateTime} or {@link Timestamp}, a {@code date} as
 * {@link LocalDate} or {@link java.sql.Date}. Every feature maps its native rows through these, so the choice is
 * written once. A null column gives null (a count, 0); a value of any other type is a mistake in the query.
 */
public final class NativeRows {

    private NativeRows() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a point in time: " + value.getClass().getName());
    }

    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value.getClass().getName());
    }

    /** A count or sum, 0 when the column is null (a sum over no rows). */
    public static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
