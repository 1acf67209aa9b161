package org.cctvportal.platform.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money, plurals and London times written one way on every page and export ({@code fmt:} in templates):
 * "£3,550" (pence only where there are some), "1,234", "1 camera", "27 Mar 2024" and "27 Mar 2024, 14:05" (London).
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter AT_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            Locale.UK);

    /**
     * The number formats, built once and copied for each use (a format is not safe to share between threads):
     * building the pound's again from the locale's data took more of a findings page's rendering than any other
     * expression of its rows.
     */
    private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);
    private static final NumberFormat NUMBER = NumberFormat.getNumberInstance(Locale.UK);
    private static final NumberFormat INTEGER = NumberFormat.getIntegerInstance(Locale.UK);

    private Formats() {
    }

    private static NumberFormat copy(NumberFormat format) {
        return (NumberFormat) format.clone();
    }

    /** A count with thousands separated: 19, 1,234. */
    public static String count(Number n) {
        return copy(INTEGER).format(n.longValue());
    }

    /** Pounds: whole pounds when there are no pence (£3,550), two decimals when there are (£3,550.50). */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = copy(POUNDS);
        boolean pence = amount.stripTrailingZeros().scale() > 0;
        format.setMinimumFractionDigits(pence ? 2 : 0);
        format.setMaximumFractionDigits(pence ? 2 : 0);
        return format.format(amount);
    }

    /** Whole pounds, for estimates where pence would be false precision: £12,345. */
    public static String wholePounds(BigDecimal amount) {
        NumberFormat format = copy(POUNDS);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** A decimal quantity with at most one decimal place: 12, 7.5. */
    public static String decimal(BigDecimal value) {
        NumberFormat format = copy(NUMBER);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The count and the right noun: "1 camera", "2 cameras", "1,204 cameras". */
    public static String plural(Number n, String one, String many) {
        return count(n) + " " + new ChoiceFormat(new double[] { 0, 1, 2 }, new String[] { many, one, many })
                .format(n.longValue());
    }

    /** The noun alone, for sentences that put the number elsewhere. */
    public static String noun(Number n, String one, String many) {
        return n.longValue() == 1 ? one : many;
    }

    /** A calendar date as GOV.UK writes it in tables and lists: 27 Mar 2024. */
    public static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** An instant as London's clock showed it: 27 Mar 2024, 14:05. */
    public static String when(Instant instant) {
        return instant == null ? "" : london(instant).format(AT);
    }

    /** The end of a span begun at {@code from}: the clock time alone on the same London day (14:20), else in full. */
    public static String until(Instant from, Instant to) {
        return london(from).toLocalDate().equals(london(to).toLocalDate()) ? london(to).format(CLOCK) : when(to);
    }

    /** The same to the second, where the order of close events matters. */
    public static String whenExactly(Instant instant) {
        return instant == null ? "" : london(instant).format(AT_SECONDS);
    }

    private static ZonedDateTime london(Instant instant) {
        return instant.atZone(LondonTime.ZONE);
    }
}
