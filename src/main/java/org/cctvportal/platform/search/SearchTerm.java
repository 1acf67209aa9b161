package org.cctvportal.platform.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.ControlCharacters;
import org.cctvportal.platform.web.FormErrors;

/**
 * What a person typed in the search box, checked once: trimmed, from {@value #SHORTEST} to {@value #LONGEST}
 * characters, no control characters. Features match it against their own columns, folded to lower case.
 */
public record SearchTerm(String text) {

    public static final int SHORTEST = 2;
    public static final int LONGEST = 100;

    private static final Pattern REFERENCE = Pattern.compile("^([A-Za-z]{2})-?\\s*(\\d{1,15})$");

    /** The term, or a 400 naming {@code q} with what is wrong with it. */
    public static SearchTerm parse(String sent) {
        FormErrors errors = new FormErrors();
        String text = sent == null ? "" : sent.strip();
        if (ControlCharacters.present(text)) {
            errors.add("q", ControlCharacters.message("Search"));
        } else if (text.isEmpty()) {
            errors.add("q", "Enter a camera tag, site or recorder name, booking or evidence reference to search for");
        } else if (text.length() < SHORTEST) {
            errors.add("q", "Search for at least " + SHORTEST + " characters");
        } else if (text.length() > LONGEST) {
            errors.add("q", "Search for " + LONGEST + " characters or fewer");
        }
        errors.throwIfAny();
        return new SearchTerm(text);
    }

    /** The term as a LIKE pattern over a lower-cased column ({@code like :q escape '\'}): anywhere in the value. */
    public String like() {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    /** The record id in a reference such as "EV-4101" or "ev 4101" when the term is one with this prefix, else null. */
    public Long reference(String prefix) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches() || !m.group(1).equalsIgnoreCase(prefix)) {
            return null;
        }
        return Long.parseLong(m.group(2));
    }
}
