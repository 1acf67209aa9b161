package org.cctvportal.specification;

/**
 * Takes one rule out of a draft: the section and rule id from the form, refused if the rule is not in the draft (or
 * in another version); a required standard's list of makers goes with it. The reason, when given, joins the audit.
 */
final class RuleRemoval {

    private RuleRemoval() {
    }

    static String remove(SpecificationVersion draft, RuleInput in) {
        String section = String.valueOf(in.text("section", "The section", 40, true));
        Class<? extends SpecRule> type = switch (section) {
            case "resolution" -> MinResolution.class;
            case "flag" -> FlaggedMaker.class;
            case "product" -> ApprovedProduct.class;
            case "standard" -> RequiredStandard.class;
            case "os" -> SupportedOs.class;
            default -> null;
        };
        Long ruleId;
        try {
            ruleId = Long.valueOf(String.valueOf(in.text("rule", "The rule", 20, true)));
        } catch (NumberFormatException e) {
            ruleId = null;
        }
        SpecRule rule = type == null || ruleId == null ? null
                : io.quarkus.hibernate.orm.panache.Panache.getEntityManager(type).find(type, ruleId);
        if (rule == null || !draft.id.equals(rule.versionId)) {
            in.errors().add("action", "That rule is not in " + draft.title());
            return null;
        }
        if (rule instanceof RequiredStandard) {
            StandardMaker.delete("standardId", rule.id);
        }
        rule.delete();
        String reason = in.text("reason", "The reason", RuleRemovalPages.REASON_MAX, false);
        return "removed rule " + ruleId + " (" + section + ")" + (reason == null ? "" : ", because: " + reason);
    }
}
