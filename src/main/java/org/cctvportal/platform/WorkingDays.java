package org.cctvportal.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday except the bank holidays of the maintained list
 * {@code calendar/bank-holidays-england-and-wales.txt} (gov.uk's, 2024 to 2028). Beyond the list's last year only
 * weekends are skipped.
 */
public final class WorkingDays {

    static final String LIST = "calendar/bank-holidays-england-and-wales.txt";
    private static final SortedSet<LocalDate> BANK_HOLIDAYS = load();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BANK_HOLIDAYS.contains(day);
    }

    public static boolean isBankHoliday(LocalDate day) {
        return BANK_HOLIDAYS.contains(day);
    }

    /** The day itself when it is a working day, else the next working day after it. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day {@code days} working days after {@code from} (0: {@code from} itself, or the next one). */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate d = onOrAfter(from);
        for (int i = 0; i < days; i++) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }

    /** The last year the list covers. */
    public static int coveredUntil() {
        return BANK_HOLIDAYS.isEmpty() ? 0 : BANK_HOLIDAYS.last().getYear();
    }

    private static SortedSet<LocalDate> load() {
        TreeSet<LocalDate> days = new TreeSet<>();
        try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the bank holiday list " + LIST + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String day = line.strip();
                if (!day.isEmpty() && !day.startsWith("#")) {
                    days.add(LocalDate.parse(day));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSortedSet(days);
    }
}
