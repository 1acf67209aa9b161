package org.cctvportal.estate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An enum with a label people read; parsing accepts either its name or its label, in any case and spacing. */
public interface Labelled {

    String label();

    String name();

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return type.cast(Keys.BY_TYPE.get(type).get(fold(value)));
    }

    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        StringBuilder text = new StringBuilder();
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            text.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(constants[i].label());
        }
        return text.toString();
    }

    /** Lower case, letters and digits only. */
    private static String fold(String value) {
        StringBuilder key = new StringBuilder(value.length());
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * Each labelled enum's constants by their folded name and label, made once per enum: an import reads a choice per
     * row and column, and folding every constant again for each of them was a tenth of a 100,000-row check.
     */
    final class Keys {
        static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> keys = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    Labelled labelled = (Labelled) constant;
                    keys.putIfAbsent(fold(labelled.name()), constant);
                    keys.putIfAbsent(fold(labelled.label()), constant);
                }
                return Map.copyOf(keys);
            }
        };

        private Keys() {
        }
    }
}
