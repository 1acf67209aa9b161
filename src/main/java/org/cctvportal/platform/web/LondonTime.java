package org.cctvportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in Europe/London ({@code inject:londonTime} in templates). */
@Named("londonTime")
@ApplicationScoped
public class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public ZoneId getZone() {
        return ZONE;
    }

    public DateTimeFormatter getDisplay() {
        return DISPLAY;
    }

    /** A calendar date as GOV.UK writes it: 27 Mar 2024. */
    public DateTimeFormatter getDate() {
        return DATE;
    }
}
