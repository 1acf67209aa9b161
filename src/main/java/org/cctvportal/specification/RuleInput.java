package org.cctvportal.specification;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.estate.CameraType;
import org.cctvportal.estate.Labelled;
import org.cctvportal.estate.MakerRef;
import org.cctvportal.estate.RecorderKind;
import org.cctvportal.estate.ReferenceDirectory;
import org.cctvportal.platform.web.FormErrors;

/** Reads one rule form's fields, collecting a GOV.UK message for each one that is wrong. */
final class RuleInput {

    private final Map<String, String> values;
    private final FormErrors errors = new FormErrors();

    RuleInput(Map<String, String> values) {
        this.values = values;
    }

    FormErrors errors() {
        return errors;
    }

    String text(String field, String label, int max, boolean required) {
        String value = values.getOrDefault(field, "");
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                errors.add(field, "Enter " + label.toLowerCase(Locale.ROOT));
            }
            return null;
        }
        if (clean.length() > max) {
            errors.add(field, label + " must be " + max + " characters or fewer");
            return null;
        }
        return clean;
    }

    Integer whole(String field, String label, int min, int max) {
        String text = text(field, label, 10, true);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, label + " must be a whole number between " + min + " and " + max);
        return null;
    }

    BigDecimal decimal(String field, String label, BigDecimal min, BigDecimal max, int scale) {
        String text = text(field, label, 20, true);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace("£", "").replace(",", "").strip());
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0 && value.stripTrailingZeros().scale() <= scale) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, label + " must be a number from " + min.toPlainString() + " to " + max.toPlainString()
                + (scale == 2 ? ", in pounds and pence" : ", with at most " + scale + " decimal place"));
        return null;
    }

    CameraType cameraType(String field) {
        CameraType type = Labelled.parse(CameraType.class, values.getOrDefault(field, ""));
        if (type == null) {
            errors.add(field, "Select the camera type");
        }
        return type;
    }

    /** A product's type: a camera type or a recorder kind (CameraType or RecorderKind), or null with a message. */
    Labelled productType(String field) {
        String value = values.getOrDefault(field, "");
        Labelled type = Labelled.parse(CameraType.class, value);
        if (type == null) {
            type = Labelled.parse(RecorderKind.class, value);
        }
        if (type == null) {
            errors.add(field, "Select the camera type or recorder kind");
        }
        return type;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String message) {
        String value = values.getOrDefault(field, "");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return constant;
            }
        }
        errors.add(field, message);
        return null;
    }

    /** A maker by any of its names, or a message with the nearest known name. */
    MakerRef maker(String field, ReferenceDirectory reference) {
        return maker(field, values.getOrDefault(field, ""), reference);
    }

    MakerRef maker(String field, String typed, ReferenceDirectory reference) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            errors.add(field, "Enter the manufacturer");
            return null;
        }
        MakerRef maker = reference.makerNamed(clean).orElse(null);
        if (maker == null) {
            errors.add(field, "\"" + clean + "\" is not a known manufacturer"
                    + reference.nearestMaker(clean).map(near -> ": did you mean " + near + "?").orElse(""));
        }
        return maker;
    }
}
