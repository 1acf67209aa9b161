package org.cctvportal.specification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cctvportal.estate.CameraType;
import org.cctvportal.estate.Labelled;
import org.cctvportal.estate.MakerRef;
import org.cctvportal.estate.OperatingSystemRef;
import org.cctvportal.estate.RecorderKind;
import org.cctvportal.estate.ReferenceDirectory;
import org.cctvportal.platform.audit.AuditService;

/**
 * Changes to the rules of a draft, one small form at a time: each names its {@code action} and sends its own fields.
 * A version that is not a draft refuses every change here, and its database triggers refuse them too.
 */
@ApplicationScoped
@Transactional
public class SpecificationEdits {

    static final BigDecimal MAX_MONEY = new BigDecimal("99999999.99");

    @Inject
    SpecificationService specification;

    @Inject
    ReferenceDirectory reference;

    @Inject
    AuditService audit;

    /** Applies one form to the draft; the words the confirmation banner shows. */
    public String apply(long versionId, Map<String, String> form) {
        SpecificationVersion draft = editable(versionId);
        RuleInput in = new RuleInput(form);
        String action = form.getOrDefault("action", "");
        String summary = switch (action == null ? "" : action) {
            case "max-age" -> maxAge(draft, in);
            case "resolution" -> resolution(draft, in);
            case "flag" -> flag(draft, in);
            case "product" -> product(draft, in);
            case "standard" -> standard(draft, in);
            case "os" -> operatingSystem(draft, in);
            case "remove" -> RuleRemoval.remove(draft, in);
            default -> {
                in.errors().add("action", "Choose which rule to change");
                yield null;
            }
        };
        in.errors().throwIfAny();
        audit.record("specification.changed", "specification-version", draft.id.toString(),
                draft.title() + " of the specification: " + summary);
        return summary;
    }

    private SpecificationVersion editable(long versionId) {
        SpecificationVersion version = specification.version(versionId);
        if (!version.isDraft()) {
            throw new SpecificationConflict("action", version.title() + " is "
                    + version.status.label().toLowerCase(Locale.ROOT)
                    + " and cannot change: start a new draft to change the specification");
        }
        return version;
    }

    private String maxAge(SpecificationVersion draft, RuleInput in) {
        Integer years = in.whole("maxAge", "Maximum asset age", 1, 50);
        if (years == null) {
            return null;
        }
        draft.maxAssetAgeYears = years;
        return "maximum asset age set to " + years + " years";
    }

    private String resolution(SpecificationVersion draft, RuleInput in) {
        CameraType type = in.cameraType("resolutionType");
        BigDecimal mp = in.decimal("resolutionMp", "Minimum resolution", new BigDecimal("0.1"),
                new BigDecimal("100"), 1);
        if (!in.errors().isEmpty()) {
            return null;
        }
        MinResolution rule = MinResolution.<MinResolution>find("versionId = ?1 and cameraType = ?2", draft.id, type)
                .firstResultOptional().orElseGet(() -> draft(new MinResolution(), draft));
        rule.cameraType = type;
        rule.minMp = mp;
        rule.persist();
        return "minimum resolution for " + type.label() + " cameras set to " + mp.stripTrailingZeros().toPlainString()
                + " MP";
    }

    private String flag(SpecificationVersion draft, RuleInput in) {
        MakerRef maker = in.maker("flagMaker", reference);
        FlaggedMaker.Level level = in.choice("flagLevel", FlaggedMaker.Level.class, "Select banned or restricted");
        String reason = in.text("flagReason", "The reason", 1000, true);
        String source = in.text("flagSource", "The source", 300, true);
        if (!in.errors().isEmpty()) {
            return null;
        }
        FlaggedMaker rule = FlaggedMaker.<FlaggedMaker>find("versionId = ?1 and manufacturerId = ?2", draft.id,
                maker.id()).firstResultOptional().orElseGet(() -> draft(new FlaggedMaker(), draft));
        rule.manufacturerId = maker.id();
        rule.level = level;
        rule.reason = reason;
        rule.source = source;
        rule.persist();
        return maker.name() + " flagged as " + level.label().toLowerCase(Locale.ROOT) + " (" + source + ")";
    }

    private String product(SpecificationVersion draft, RuleInput in) {
        MakerRef maker = in.maker("productMaker", reference);
        String model = in.text("productModel", "The model", 120, true);
        Labelled type = in.productType("productType");
        String firmware = in.text("productFirmware", "Minimum firmware", 60, false);
        BigDecimal price = in.decimal("productPrice", "Unit price", BigDecimal.ZERO, MAX_MONEY, 2);
        BigDecimal install = in.decimal("productInstall", "Installation cost", BigDecimal.ZERO, MAX_MONEY, 2);
        if (maker != null && model != null && ApprovedProduct.count("versionId = ?1 and manufacturerId = ?2 "
                + "and lower(model) = ?3", draft.id, maker.id(), model.toLowerCase(Locale.ROOT)) > 0) {
            in.errors().add("productModel", maker.name() + " " + model + " is already approved");
        }
        if (!in.errors().isEmpty()) {
            return null;
        }
        ApprovedProduct rule = draft(new ApprovedProduct(), draft);
        rule.manufacturerId = maker.id();
        rule.model = model;
        rule.cameraType = type instanceof CameraType camera ? camera : null;
        rule.recorderKind = type instanceof RecorderKind recorder ? recorder : null;
        rule.minFirmware = firmware;
        rule.unitPrice = price;
        rule.installCost = install;
        rule.persist();
        return "approved " + maker.name() + " " + model + " at " + SpecificationRules.money(price);
    }

    private String standard(SpecificationVersion draft, RuleInput in) {
        String code = in.text("standardCode", "The standard's reference", 60, true);
        String name = in.text("standardName", "The standard's name", 200, true);
        RequiredStandard.Kind kind = in.choice("standardKind", RequiredStandard.Kind.class,
                "Select whether this is Secure by Default or another standard");
        String typed = in.text("standardMakers", "Manufacturers meeting it", 2000, false);
        List<MakerRef> makers = new ArrayList<>();
        if (typed != null) {
            Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .map(s -> in.maker("standardMakers", s, reference)).forEach(makers::add);
        }
        if (code != null && RequiredStandard.count("versionId = ?1 and lower(code) = ?2", draft.id,
                code.toLowerCase(Locale.ROOT)) > 0) {
            in.errors().add("standardCode", code + " is already required");
        }
        if (!in.errors().isEmpty()) {
            return null;
        }
        RequiredStandard rule = draft(new RequiredStandard(), draft);
        rule.code = code;
        rule.name = name;
        rule.kind = kind;
        rule.persist();
        makers.stream().map(MakerRef::id).distinct().forEach(makerId -> {
            StandardMaker meets = draft(new StandardMaker(), draft);
            meets.standardId = rule.id;
            meets.manufacturerId = makerId;
            meets.persist();
        });
        return "requires " + code + " (" + kind.label() + ")";
    }

    private String operatingSystem(SpecificationVersion draft, RuleInput in) {
        String name = in.text("osName", "The operating system", 120, true);
        OperatingSystemRef os = name == null ? null : reference.operatingSystems().stream()
                .filter(o -> o.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        if (name != null && os == null) {
            in.errors().add("osName", "Select an operating system from the reference data");
        } else if (os != null && SupportedOs.count("versionId = ?1 and operatingSystemId = ?2", draft.id, os.id()) > 0) {
            in.errors().add("osName", os.name() + " is already supported");
        }
        if (!in.errors().isEmpty()) {
            return null;
        }
        SupportedOs rule = draft(new SupportedOs(), draft);
        rule.operatingSystemId = os.id();
        rule.persist();
        return os.name() + " supported";
    }

    private static <T extends SpecRule> T draft(T rule, SpecificationVersion draft) {
        rule.partnershipId = draft.partnershipId;
        rule.versionId = draft.id;
        return rule;
    }
}
