package org.cctvportal.assurance;

import io.quarkus.qute.TemplateData;

/** The assurance pages' URLs ({@code {assurance:notice(n.id)}} in a template). */
@TemplateData(namespace = "assurance")
public final class AssuranceLinks {

    private AssuranceLinks() {
    }

    public static String overview() {
        return "/assurance";
    }

    /** The notices still waiting for the PCC office's acknowledgement. */
    public static String openNotices() {
        return "/assurance/notices?status=open";
    }

    public static String notices() {
        return "/assurance/notices";
    }

    public static String notice(Long id) {
        return "/assurance/notices/" + id;
    }

    public static String acknowledge(Long id) {
        return notice(id) + "/acknowledge";
    }

    public static String codeOfPractice() {
        return "/assurance/code-of-practice";
    }

    public static String assess(Integer principle) {
        return codeOfPractice() + "/" + principle;
    }

    public static String codeOfPracticeExport() {
        return codeOfPractice() + "/export";
    }

    public static String codeOfPracticePartnership() {
        return codeOfPractice() + "/partnership";
    }

    public static String codeOfPracticePartnershipExport() {
        return codeOfPracticePartnership() + "/export";
    }

    public static String dpias() {
        return "/assurance/dpias";
    }

    public static String newDpia() {
        return dpias() + "/new";
    }

    public static String dpia(Long id) {
        return dpias() + "/" + id;
    }

    public static String editDpia(Long id) {
        return dpia(id) + "/edit";
    }

    public static String disclosures() {
        return "/assurance/disclosures";
    }

    /** The caller's subject access requests past their deadline. */
    public static String overdueRequests() {
        return "/assurance/disclosures?requests=overdue#requests";
    }

    public static String requests() {
        return disclosures() + "/sars";
    }

    public static String request(Long id) {
        return requests() + "/" + id;
    }

    public static String extendRequest(Long id) {
        return request(id) + "/extend";
    }

    public static String closeRequest(Long id) {
        return request(id) + "/close";
    }

    public static String whoWatched() {
        return "/assurance/who-watched";
    }

    public static String whoWatchedExport() {
        return whoWatched() + "/export";
    }
}
