package org.cctvportal.specification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.platform.demo.DemoSeed;
import org.cctvportal.platform.tenancy.UnattendedWork;

/**
 * The demo partnerships' specifications, seeded after the demo estates on the local stack only, through the same
 * service paths as the pages (so each step is audited in the PCC office's trail). Thames Valley has version 1
 * ratified and version 2 in draft with a higher PTZ minimum; Avon and Somerset has only a first draft. Idempotent: a
 * partnership with any version is left as it is.
 */
@ApplicationScoped
public class SpecificationDemo implements DemoSeed {

    static final String NDAA = "US NDAA FY2019 section 889";
    static final String NDAA_REASON = "Named in section 889 with its affiliates: US federal bodies may not buy its "
            + "video surveillance or telecommunications equipment";
    static final String WMS_NOTE = "The UK written ministerial statement of 24 November 2022 also applies: no new "
            + "such kit at sensitive sites, and existing kit kept off core networks";

    @Inject
    SpecificationService specification;

    @Inject
    SpecificationEdits edits;

    @Inject
    UnattendedWork unattended;

    @Override
    public String name() {
        return "specification";
    }

    @Override
    public Set<String> after() {
        return Set.of("partner");
    }

    @Override
    public void seed() {
        unattended.forPartner("tv-opcc", "thames-valley", this::thamesValley);
        unattended.forPartner("as-opcc", "avon-somerset", this::avon);
    }

    private boolean thamesValley() {
        if (!specification.versions().isEmpty()) {
            return false;
        }
        long first = specification.startDraft().id;
        for (Map<String, String> rule : thamesValleyRules()) {
            edits.apply(first, rule);
        }
        specification.ratify(first, true);
        long second = specification.startDraft().id;
        edits.apply(second, Map.of("action", "resolution", "resolutionType", "PTZ", "resolutionMp", "4"));
        return true;
    }

    private boolean avon() {
        if (!specification.versions().isEmpty()) {
            return false;
        }
        long first = specification.startDraft().id;
        edits.apply(first, Map.of("action", "max-age", "maxAge", "8"));
        edits.apply(first, Map.of("action", "resolution", "resolutionType", "FIXED", "resolutionMp", "2"));
        edits.apply(first, flag("Hikvision", NDAA_REASON + ". " + WMS_NOTE, NDAA));
        return true;
    }

    static List<Map<String, String>> thamesValleyRules() {
        List<Map<String, String>> rules = new java.util.ArrayList<>();
        rules.add(Map.of("action", "max-age", "maxAge", "10"));
        Map.of("FIXED", "4", "DOME", "4", "PTZ", "2", "MULTI_SENSOR", "8", "ANPR", "2", "REDEPLOYABLE", "2")
                .forEach((type, mp) -> rules.add(Map.of("action", "resolution", "resolutionType", type,
                        "resolutionMp", mp)));
        rules.add(flag("Hikvision", NDAA_REASON + ". " + WMS_NOTE, NDAA));
        rules.add(flag("Dahua", NDAA_REASON + ". " + WMS_NOTE, NDAA));
        rules.add(flag("Huawei", NDAA_REASON, NDAA));
        rules.add(flag("ZTE", NDAA_REASON, NDAA));
        rules.add(flag("Hytera", NDAA_REASON, NDAA));
        rules.add(product("Axis", "P3268-LVE", "DOME", "11.8.64", "1150", "450"));
        rules.add(product("Hanwha Vision", "XNP-9250R", "PTZ", "2.21.00", "2900", "650"));
        rules.add(product("Bosch", "AUTODOME 7100i", "PTZ", "9.00.0084", "3400", "650"));
        rules.add(product("Axis", "Q1800-LE", "ANPR", "11.8.64", "1650", "500"));
        rules.add(product("Avigilon", "H6A Multisensor", "MULTI_SENSOR", null, "3800", "700"));
        // Recorders too, so replacing an NVR on Windows Server 2012 R2 or a flagged maker's recorder is costed.
        rules.add(product("Bosch", "DIVAR IP all-in-one 7000", "NVR", null, "6800", "1200"));
        rules.add(product("Dell", "PowerEdge R760", "VMS_SERVER", null, "9400", "1500"));
        rules.add(product("Dell", "Precision 3680 Tower", "WORKSTATION", null, "2100", "250"));
        rules.add(Map.of("action", "standard", "standardCode", "Secure by Default", "standardName",
                "Surveillance Camera Commissioner's Secure by Default self-certification scheme", "standardKind",
                "SECURE_BY_DEFAULT", "standardMakers", "Axis, Hanwha Vision, Bosch, Avigilon"));
        rules.add(Map.of("action", "standard", "standardCode", "BS EN 62676-4", "standardName",
                "Video surveillance systems for use in security applications: application guidelines",
                "standardKind", "OTHER"));
        for (String os : List.of("Windows Server 2019", "Windows Server 2022", "Windows Server 2025",
                "Ubuntu 22.04 LTS", "Ubuntu 24.04 LTS")) {
            rules.add(Map.of("action", "os", "osName", os));
        }
        return rules;
    }

    private static Map<String, String> flag(String maker, String reason, String source) {
        return Map.of("action", "flag", "flagMaker", maker, "flagLevel", "BANNED", "flagReason", reason,
                "flagSource", source);
    }

    private static Map<String, String> product(String maker, String model, String type, String firmware,
            String price, String install) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("action", "product", "productMaker", maker,
                "productModel", model, "productType", type, "productPrice", price, "productInstall", install));
        if (firmware != null) {
            values.put("productFirmware", firmware);
        }
        return values;
    }
}
