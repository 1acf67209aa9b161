package org.cctvportal.specification;

import io.quarkus.qute.TemplateData;

/** The specification pages' URLs ({@code {specification:specificationVersion(v.id)}} in a template). */
@TemplateData(namespace = "specification")
public final class SpecificationLinks {

    private SpecificationLinks() {
    }

    public static String specification() {
        return "/specification";
    }

    public static String specificationVersion(Long id) {
        return "/specification/" + id;
    }

    public static String specificationRules(Long id) {
        return "/specification/" + id + "/rules";
    }

    /** The page that asks before a rule of a draft is removed. */
    public static String removeRule(Long id, String section, Long rule) {
        return "/specification/" + id + "/rules/remove?section=" + section + "&rule=" + rule;
    }

    public static String removeRuleAction(Long id) {
        return "/specification/" + id + "/rules/remove";
    }

    public static String ratifySpecification(Long id) {
        return "/specification/" + id + "/ratify";
    }

    public static String discardSpecification(Long id) {
        return "/specification/" + id + "/discard";
    }

    public static String specificationDiff() {
        return "/specification/diff";
    }

    public static String specificationDiffOf(Long from, Long to) {
        return "/specification/diff?from=" + from + "&to=" + to;
    }
}
