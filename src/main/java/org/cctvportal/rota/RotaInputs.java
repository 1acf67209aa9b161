package org.cctvportal.rota;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Form text as the rota's pages read it: trimmed, and a date, number or choice, or nothing when it is not one. */
final class RotaInputs {

    private RotaInputs() {
    }

    static String value(String value) {
        return value == null ? "" : value.trim();
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static int number(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
