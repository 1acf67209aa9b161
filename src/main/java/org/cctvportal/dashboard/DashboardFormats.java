package org.cctvportal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cctvportal.platform.web.LondonTime;

/** How the dashboards write their figures: counts, hours, pounds, shares of capacity, months and times, UK style. */
final class DashboardFormats {

    private static final DateTimeFormatter AS_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private DashboardFormats() {
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    static String hours(BigDecimal hours) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "No capacity";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP) + "%";
    }

    static String month(YearMonth month) {
        return month.format(MONTH);
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.atZone(LondonTime.ZONE).format(AS_AT);
    }
}
