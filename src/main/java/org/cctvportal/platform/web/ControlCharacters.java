package org.cctvportal.platform.web;

/**
 * Which characters the portal refuses in text it is sent: the C0 control characters other than tab, line feed and
 * carriage return. PostgreSQL cannot store NUL at all ("invalid byte sequence for encoding UTF8: 0x00"), and the other
 * controls have no place in anything a person types; refusing them at the edge gives a clear 400 instead of a 500.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when the text holds a character the portal does not accept. */
    public static boolean present(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** The message for a field (a form field, query or path parameter, or a JSON property) that held one. */
    public static String message(String field) {
        return "“" + field + "” contains a control character (such as a NUL byte) that the portal does not accept:"
                + " remove it and try again";
    }

    /** Refuses the field's value if it holds such a character. */
    public static void check(String where, String field, String value) {
        if (present(value) || present(field)) {
            throw new RefusedInputException(400, field, where + " " + message(field));
        }
    }
}
