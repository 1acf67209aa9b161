package org.cctvportal.estate;

import java.util.Locale;

/** An enum with a label people read; parsing accepts either its name or its label, in any case and spacing. */
public interface Labelled {

    String label();

    String name();

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = fold(value);
        for (E constant : type.getEnumConstants()) {
            if (fold(constant.name()).equals(key) || fold(constant.label()).equals(key)) {
                return constant;
            }
        }
        return null;
    }

    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        StringBuilder text = new StringBuilder();
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            text.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(constants[i].label());
        }
        return text.toString();
    }

    private static String fold(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
