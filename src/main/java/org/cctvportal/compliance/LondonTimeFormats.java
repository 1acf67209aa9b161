package org.cctvportal.compliance;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the compliance pages and audit summaries write them. */
final class LondonTimeFormats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private LondonTimeFormats() {
    }
}
