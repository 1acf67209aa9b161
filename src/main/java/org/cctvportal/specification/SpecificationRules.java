package org.cctvportal.specification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cctvportal.platform.web.Formats;

/**
 * One version with every rule in it, names resolved from the reference data: what the pages and the API show, and
 * what the diff compares (each rule by its section and key, such as the camera type or the maker).
 */
public record SpecificationRules(SpecificationVersion version, List<Resolution> resolutions, List<Flag> flags,
        List<Product> products, List<Standard> standards, List<Os> systems) {

    public static final String AGE = "Maximum asset age";
    public static final String RESOLUTION = "Minimum resolution";
    public static final String FLAGGED = "Flagged manufacturers";
    public static final String PRODUCTS = "Approved products";
    public static final String STANDARDS = "Required standards";
    public static final String SYSTEMS = "Supported operating systems";

    /** The lowest resolution for one camera type. */
    public record Resolution(Long id, String cameraType, BigDecimal minMp) {
        public String text() {
            return minMp.stripTrailingZeros().toPlainString() + " MP";
        }
    }

    /** A flagged maker. */
    public record Flag(Long id, String maker, String level, String reason, String source) {
    }

    /** An approved product and what it costs: a camera of one type, or a recorder of one kind. */
    public record Product(Long id, String maker, String model, String cameraType, String recorderKind,
            String minFirmware, BigDecimal unitPrice, BigDecimal installCost) {
        /** The camera type or the recorder kind. */
        public String type() {
            return cameraType != null ? cameraType : recorderKind;
        }

        public String price() {
            return money(unitPrice);
        }

        public String install() {
            return money(installCost);
        }
    }

    /** A required standard and the makers that meet it. */
    public record Standard(Long id, String code, String name, String kind, List<String> makers) {
    }

    /** A supported operating system, with the end of support the reference data gives it. */
    public record Os(Long id, String name, LocalDate endOfSupport) {
    }

    public static String money(BigDecimal amount) {
        return Formats.money(amount);
    }

    public String maxAge() {
        return version.maxAssetAgeYears == null ? "Not set" : version.maxAssetAgeYears + " years";
    }

    /** Section -> rule key -> the rule as text; two versions differ where these maps do. */
    public Map<String, Map<String, String>> comparable() {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        sections.put(AGE, version.maxAssetAgeYears == null ? Map.of() : Map.of(AGE, maxAge()));
        sections.put(RESOLUTION, keyed(resolutions, Resolution::cameraType, Resolution::text));
        sections.put(FLAGGED, keyed(flags, Flag::maker,
                f -> f.level() + ": " + f.reason() + " (source: " + f.source() + ")"));
        sections.put(PRODUCTS, keyed(products, p -> p.maker() + " " + p.model(), p -> p.type()
                + (p.minFirmware() == null ? "" : ", firmware " + p.minFirmware() + " or later") + ", "
                + p.price() + " each + " + p.install() + " installation"));
        sections.put(STANDARDS, keyed(standards, Standard::code, s -> s.name() + " (" + s.kind() + ")"
                + (s.makers().isEmpty() ? "" : ", met by " + String.join(", ", s.makers()))));
        sections.put(SYSTEMS, keyed(systems, Os::name,
                os -> os.endOfSupport() == null ? "no end of support announced" : "supported until "
                        + Formats.day(os.endOfSupport())));
        return sections;
    }

    /** The rule of a section ("resolution", "flag", "product", "standard", "os") with this id, as a person reads it. */
    public java.util.Optional<String> describe(String section, long id) {
        return switch (section == null ? "" : section) {
            case "resolution" -> find(resolutions, Resolution::id, id).map(r -> RESOLUTION + " for " + r.cameraType()
                    + ": " + r.text());
            case "flag" -> find(flags, Flag::id, id).map(f -> f.maker() + " flagged (" + f.level() + ")");
            case "product" -> find(products, Product::id, id).map(p -> "Approved product " + p.maker() + " "
                    + p.model() + " (" + p.type() + ")");
            case "standard" -> find(standards, Standard::id, id).map(s -> "Required standard " + s.code() + ", "
                    + s.name());
            case "os" -> find(systems, Os::id, id).map(os -> "Supported operating system " + os.name());
            default -> java.util.Optional.empty();
        };
    }

    private static <T> java.util.Optional<T> find(List<T> rows, java.util.function.Function<T, Long> id, long wanted) {
        return rows.stream().filter(row -> id.apply(row) == wanted).findFirst();
    }

    private static <T> Map<String, String> keyed(List<T> rows, java.util.function.Function<T, String> key,
            java.util.function.Function<T, String> text) {
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(key.apply(row), text.apply(row)));
        return map;
    }
}
