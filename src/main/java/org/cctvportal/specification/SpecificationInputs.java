package org.cctvportal.specification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies that change a draft, each turned into the fields of the page's form for the same rule, so the API
 * and the pages share one set of checks and messages ({@link SpecificationEdits}). Numbers may be sent as JSON
 * numbers or as text.
 */
final class SpecificationInputs {

    private SpecificationInputs() {
    }

    /** One rule change: the page's action and its form fields, with the JSON name each form field came from. */
    record Change(String action, Map<String, String> form, Map<String, String> jsonNames) {
    }

    /** The longest an asset may be in service. */
    public record MaxAgeInput(String years) {
        Change change() {
            return of("max-age", "years", "maxAge", years);
        }
    }

    /** The lowest resolution for the camera type in the path. */
    public record ResolutionInput(String minMp) {
        Change change(String cameraType) {
            return of("resolution", "cameraType", "resolutionType", cameraType, "minMp", "resolutionMp", minMp);
        }
    }

    /** A flagged manufacturer: BANNED or RESTRICTED, with the reason and its source. */
    public record FlagInput(String manufacturer, String level, String reason, String source) {
        Change change() {
            return of("flag", "manufacturer", "flagMaker", manufacturer, "level", "flagLevel", level, "reason",
                    "flagReason", reason, "source", "flagSource", source);
        }
    }

    /** An approved product: a camera type (FIXED, DOME...) or a recorder kind (NVR, VMS_SERVER, WORKSTATION). */
    public record ProductInput(String manufacturer, String model, String type, String minFirmware, String unitPrice,
            String installCost) {
        Change change() {
            return of("product", "manufacturer", "productMaker", manufacturer, "model", "productModel", model,
                    "type", "productType", type, "minFirmware", "productFirmware", minFirmware, "unitPrice",
                    "productPrice", unitPrice, "installCost", "productInstall", installCost);
        }
    }

    /** A required standard: SECURE_BY_DEFAULT or OTHER, and the manufacturers that meet it. */
    public record StandardInput(String code, String name, String kind, List<String> manufacturers) {
        Change change() {
            String makers = manufacturers == null ? "" : String.join(", ", manufacturers);
            return of("standard", "code", "standardCode", code, "name", "standardName", name, "kind",
                    "standardKind", kind, "manufacturers", "standardMakers", makers);
        }
    }

    /** A supported operating system, by its name in the reference data. */
    public record OsInput(String name) {
        Change change() {
            return of("os", "name", "osName", name);
        }
    }

    /** Ratification needs confirm: true. */
    public record RatifyInput(Boolean confirm) {
        boolean confirmed() {
            return Boolean.TRUE.equals(confirm);
        }
    }

    /** Removing a rule: its section (as in the path) and its id. */
    static Change removal(String section, long ruleId) {
        String formSection = switch (section) {
            case "minimum-resolutions" -> "resolution";
            case "flagged-manufacturers" -> "flag";
            case "approved-products" -> "product";
            case "standards" -> "standard";
            case "operating-systems" -> "os";
            default -> "";
        };
        return of("remove", "section", "section", formSection, "rule", "rule", Long.toString(ruleId));
    }

    /** Triples of JSON name, form field and value. */
    private static Change of(String action, String... triples) {
        Map<String, String> form = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        form.put("action", action);
        for (int i = 0; i < triples.length; i += 3) {
            form.put(triples[i + 1], triples[i + 2] == null ? "" : triples[i + 2]);
            names.put(triples[i + 1], triples[i]);
        }
        return new Change(action, form, names);
    }
}
