package org.cctvportal.estate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cctvportal.platform.web.FormErrors;

/**
 * Reads typed values out of a {@link RawRecord}, adding a message a person can act on for each bad one. Each reader
 * returns the current value when the field is absent, so an update touches only what was sent.
 */
final class FieldReader {

    /** Great Britain, Northern Ireland and the islands, with a margin: a point outside is a typing error. */
    static final double MIN_LAT = 49.8;
    static final double MAX_LAT = 60.9;
    static final double MIN_LON = -8.7;
    static final double MAX_LON = 1.8;

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern UK_DATE = Pattern.compile("^(\\d{1,2})[/. -](\\d{1,2})[/. -](\\d{4})$");
    private static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private final RawRecord raw;
    private final FormErrors errors;

    FieldReader(RawRecord raw, FormErrors errors) {
        this.raw = raw;
        this.errors = errors;
    }

    FormErrors errors() {
        return errors;
    }

    boolean has(String field) {
        return raw.has(field);
    }

    String text(String field, String label, int max, boolean required, String current) {
        if (!raw.has(field)) {
            return required && current == null ? missing(field, label) : current;
        }
        String value = raw.get(field);
        if (value == null) {
            return required ? missing(field, label) : null;
        }
        if (value.length() > max) {
            errors.add(field, label + " must be " + max + " characters or fewer");
        }
        return value;
    }

    <E extends Enum<E> & Labelled> E choice(String field, String label, Class<E> type, boolean required, E current) {
        if (!raw.has(field)) {
            if (required && current == null) {
                errors.add(field, "Select the " + lower(label));
            }
            return current;
        }
        String value = raw.get(field);
        if (value == null) {
            if (required) {
                errors.add(field, "Select the " + lower(label));
            }
            return null;
        }
        E parsed = Labelled.parse(type, value);
        if (parsed == null) {
            errors.add(field, label + " must be " + Labelled.choices(type) + " (not \"" + clip(value) + "\")");
        }
        return parsed;
    }

    LocalDate date(String field, String label, LocalDate current) {
        if (!raw.has(field)) {
            return current;
        }
        String value = raw.get(field);
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        Matcher uk = UK_DATE.matcher(value);
        try {
            LocalDate date = iso.matches() ? date(iso.group(1), iso.group(2), iso.group(3))
                    : uk.matches() ? date(uk.group(3), uk.group(2), uk.group(1)) : null;
            if (date == null) {
                errors.add(field, label + " must be a date, like 27/3/2024 or 2024-03-27");
            } else if (date.getYear() < 1970 || date.getYear() > 2100) {
                errors.add(field, label + " must have a year between 1970 and 2100");
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(field, label + " must be a real date");
            return null;
        }
    }

    BigDecimal decimal(String field, String label, double min, double max, BigDecimal current) {
        return number(field, label, min, max, current, BigDecimal::new, "a number, like 4 or 2.1");
    }

    Integer whole(String field, String label, int min, int max, Integer current) {
        return number(field, label, min, max, current, Integer::valueOf, "a whole number");
    }

    Boolean yesNo(String field, String label, boolean current) {
        if (!raw.has(field)) {
            return current;
        }
        String value = raw.get(field);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "on" -> true;
            case "no", "n", "false", "0", "off" -> false;
            default -> {
                errors.add(field, label + " must be yes or no");
                yield false;
            }
        };
    }

    String postcode(String field, String current) {
        String value = text(field, "Postcode", 8, false, current);
        if (value == null || value.equals(current)) {
            return value;
        }
        Matcher matcher = POSTCODE.matcher(value.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            errors.add(field, "Enter a real postcode, like OX1 1BX");
            return null;
        }
        return matcher.group(1) + " " + matcher.group(2);
    }

    /** Latitude and longitude come as a pair inside the UK; a swapped pair is named as such. */
    Double[] location(Double currentLat, Double currentLon) {
        Double lat = number("latitude", "Latitude", -90, 90, currentLat, Double::valueOf, "a decimal number");
        Double lon = number("longitude", "Longitude", -180, 180, currentLon, Double::valueOf, "a decimal number");
        if (errors.has("latitude") || errors.has("longitude")) {
            return new Double[] { lat, lon };
        }
        if ((lat == null) != (lon == null)) {
            errors.add(lat == null ? "latitude" : "longitude", "Enter both latitude and longitude, or neither");
        } else if (lat != null && !insideUk(lat, lon)) {
            errors.add("latitude", insideUk(lon, lat)
                    ? "Latitude and longitude look swapped: latitude is about 50 to 60 in the UK, longitude -8 to 2"
                    : "The location " + lat + ", " + lon + " is outside the UK: latitude must be between " + MIN_LAT
                            + " and " + MAX_LAT + ", longitude between " + MIN_LON + " and " + MAX_LON);
        }
        return new Double[] { lat, lon };
    }

    static boolean insideUk(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    private <N extends Comparable<N>> N number(String field, String label, double min, double max, N current,
            Function<String, N> parse, String shape) {
        if (!raw.has(field)) {
            return current;
        }
        String value = raw.get(field);
        if (value == null) {
            return null;
        }
        try {
            N parsed = parse.apply(value);
            double asDouble = Double.parseDouble(value);
            if (asDouble < min || asDouble > max || Double.isNaN(asDouble)) {
                errors.add(field, label + " must be between " + plain(min) + " and " + plain(max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(field, label + " must be " + shape + " (not \"" + clip(value) + "\")");
            return null;
        }
    }

    private String missing(String field, String label) {
        errors.add(field, "Enter the " + lower(label));
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String lower(String label) {
        return label.equals("PTZ") || label.equals("ANPR") ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
