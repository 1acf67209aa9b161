package org.cctvportal.platform.web;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Every URL the templates link to, in one place ({@code {links:partner(p.id)}} in a template). */
@TemplateData(namespace = "links")
public final class Links {

    private Links() {
    }

    public static String home() {
        return "/";
    }

    public static String login() {
        return "/login";
    }

    public static String logout() {
        return "/logout";
    }

    public static String partners() {
        return "/partners";
    }

    public static String newPartner() {
        return "/partners/new";
    }

    public static String partner(String id) {
        return "/partners/" + encode(id);
    }

    public static String managePartner(String id) {
        return "/partners/" + encode(id) + "/manage";
    }

    public static String profile() {
        return "/profile";
    }

    public static String editProfile() {
        return "/profile/edit";
    }

    public static String audit() {
        return "/audit";
    }

    public static String auditPage(int page) {
        return "/audit?page=" + page;
    }

    public static String cameras() {
        return "/cameras";
    }

    public static String camera(Long id) {
        return "/cameras/" + id;
    }

    public static String editCamera(Long id) {
        return "/cameras/" + id + "/edit";
    }

    public static String newCamera() {
        return "/cameras/new";
    }

    public static String cameraMap() {
        return "/cameras/map";
    }

    public static String sites() {
        return "/sites";
    }

    public static String site(Long id) {
        return "/sites/" + id;
    }

    public static String editSite(Long id) {
        return "/sites/" + id + "/edit";
    }

    public static String newSite() {
        return "/sites/new";
    }

    public static String recorders() {
        return "/recorders";
    }

    public static String recorder(Long id) {
        return "/recorders/" + id;
    }

    public static String editRecorder(Long id) {
        return "/recorders/" + id + "/edit";
    }

    public static String newRecorder() {
        return "/recorders/new";
    }

    public static String switchOffs() {
        return "/estate/switch-offs";
    }

    public static String estateExport() {
        return "/estate/export";
    }

    public static String estateExportOf(String subject) {
        return "/estate/export?subject=" + encode(subject);
    }

    public static String estateImport() {
        return "/estate/import";
    }

    public static String estateImportPreview(Object id) {
        return "/estate/import/" + encode(String.valueOf(id));
    }

    public static String estateImportCommit(Object id) {
        return "/estate/import/" + encode(String.valueOf(id)) + "/commit";
    }

    public static String estateImportTemplate(String subject) {
        return "/estate/import/template/" + encode(subject);
    }

    public static String camerasMatching(String text) {
        return "/cameras?q=" + encode(text);
    }

    public static String manufacturers() {
        return "/reference/manufacturers";
    }

    public static String manufacturerAliases() {
        return "/reference/manufacturers/aliases";
    }

    public static String operatingSystems() {
        return "/reference/operating-systems";
    }

    public static String operatingSystem(Long id) {
        return "/reference/operating-systems/" + id;
    }

    public static String editOperatingSystem(Long id) {
        return "/reference/operating-systems/" + id + "/edit";
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

    public static String ratifySpecification(Long id) {
        return "/specification/" + id + "/ratify";
    }

    public static String specificationDiff() {
        return "/specification/diff";
    }

    public static String specificationDiffOf(Long from, Long to) {
        return "/specification/diff?from=" + from + "&to=" + to;
    }

    public static String compliance() {
        return "/compliance";
    }

    public static String findings() {
        return "/findings";
    }

    public static String finding(Long id) {
        return "/findings/" + id;
    }

    public static String acceptFinding(Long id) {
        return "/findings/" + id + "/accept";
    }

    /** The findings behind one of the PCC office's figures: one partner's (its id) or every partner's ("all"). */
    public static String partnerFindingsWith(String partner, String key, String value) {
        return "/findings?partner=" + encode(partner) + "&" + encode(key) + "=" + encode(value);
    }

    public static String dashboard() {
        return "/dashboard";
    }

    public static String partnershipDashboard() {
        return "/dashboard/partnership";
    }

    public static String partnershipDashboardCameras() {
        return "/dashboard/partnership/cameras";
    }

    public static String partnerDashboard() {
        return "/dashboard/partner";
    }

    public static String hubDashboard() {
        return "/dashboard/hub";
    }

    /** The cameras behind one of the PCC office's figures: one partner's (its id) or every partner's ("all"). */
    public static String partnerCamerasWith(String partner, String key, String value) {
        return "/cameras?partner=" + encode(partner) + (key == null ? "" : "&" + encode(key) + "=" + encode(value));
    }

    public static String camerasWith(String key, String value) {
        return "/cameras?" + encode(key) + "=" + encode(value);
    }

    public static String recordersWith(String key, String value) {
        return "/recorders?" + encode(key) + "=" + encode(value);
    }

    public static String findingsWith(String key, String value) {
        return "/findings?" + encode(key) + "=" + encode(value);
    }

    public static String cameraFindings(Long id) {
        return "/findings?status=ALL&camera=" + id;
    }

    public static String recorderFindings(Long id) {
        return "/findings?status=ALL&recorder=" + id;
    }

    public static String capitalPlan() {
        return "/capital-plan";
    }

    public static String capitalPlanExport() {
        return "/capital-plan/export";
    }

    public static String hubs() {
        return "/hubs";
    }

    public static String hub(Long id) {
        return "/hubs/" + id;
    }

    public static String hubCalendar(Long id) {
        return "/hubs/" + id + "/calendar";
    }

    public static String hubCalendarWeek(Long id, Object monday) {
        return "/hubs/" + id + "/calendar?week=" + monday;
    }

    public static String hubDay(Long id, Object date) {
        return "/hubs/" + id + "/day?date=" + date;
    }

    public static String bookings() {
        return "/bookings";
    }

    public static String newBooking() {
        return "/bookings/new";
    }

    public static String booking(Long id) {
        return "/bookings/" + id;
    }

    public static String cancelBooking(Long id) {
        return "/bookings/" + id + "/cancel";
    }

    public static String bookingCalendar() {
        return "/bookings/calendar";
    }

    public static String bookingCalendarWeek(Object monday) {
        return "/bookings/calendar?week=" + monday;
    }

    public static String approvals() {
        return "/approvals";
    }

    public static String approve(Long id) {
        return "/approvals/" + id + "/approve";
    }

    public static String decline(Long id) {
        return "/approvals/" + id + "/decline";
    }

    public static String statements() {
        return "/statements";
    }

    public static String statementsOf(Object month) {
        return "/statements?month=" + month;
    }

    public static String statementsExport(Object month) {
        return "/statements/export?month=" + month;
    }

    public static String evidence() {
        return "/evidence";
    }

    public static String newEvidence() {
        return "/evidence/new";
    }

    public static String evidenceItem(Long id) {
        return "/evidence/" + id;
    }

    public static String evidenceAction(Long id, String action) {
        return "/evidence/" + id + "/" + action;
    }

    public static String evidenceFileAction(Long id, Object fileId, String action) {
        return "/evidence/" + id + "/files/" + encode(String.valueOf(fileId)) + "/" + action;
    }

    public static String evidenceRevoke(Long id, Long shareId) {
        return "/evidence/" + id + "/shares/" + shareId + "/revoke";
    }

    public static String leaflet(String path) {
        return "/webjars/leaflet/1.9.4/dist/" + path;
    }

    public static String asset(String path) {
        return "/static/" + path;
    }

    public static String govuk(String path) {
        return "/webjars/govuk-frontend/5.14.0/dist/govuk/" + path;
    }

    public static String htmx() {
        return "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String rota() {
        return "/rota";
    }

    public static String rotaWeek(Long hubId, Object monday) {
        return "/rota/hubs/" + hubId + "?week=" + monday;
    }

    public static String rotaHub(Long hubId) {
        return "/rota/hubs/" + hubId;
    }

    public static String rotaTemplate(Long hubId) {
        return "/rota/hubs/" + hubId + "/template";
    }

    public static String rotaAutoFill(Long hubId) {
        return "/rota/hubs/" + hubId + "/auto-fill";
    }

    public static String rotaAssign(Long shiftId) {
        return "/rota/shifts/" + shiftId + "/assign";
    }

    public static String rotaUnassign(Long shiftId) {
        return "/rota/shifts/" + shiftId + "/unassign";
    }

    public static String myShifts() {
        return "/rota/mine";
    }

    public static String rotaBoard(Long hubId) {
        return "/rota/hubs/" + hubId + "/board";
    }

    public static String rotaOffer(Long shiftId) {
        return "/rota/shifts/" + shiftId + "/offer";
    }

    public static String rotaAsk(Long shiftId) {
        return "/rota/shifts/" + shiftId + "/ask";
    }

    public static String rotaTake(Long swapId) {
        return "/rota/swaps/" + swapId + "/take";
    }

    public static String rotaWithdraw(Long swapId) {
        return "/rota/swaps/" + swapId + "/withdraw";
    }

    public static String rotaApprove(Long swapId) {
        return "/rota/swaps/" + swapId + "/approve";
    }

    public static String rotaDecline(Long swapId) {
        return "/rota/swaps/" + swapId + "/decline";
    }

    public static String rotaSwaps(Long hubId) {
        return "/rota/hubs/" + hubId + "/swaps";
    }

    public static String rotaFeedIssue() {
        return "/rota/mine/feed";
    }

    public static String rotaFeedRevoke() {
        return "/rota/mine/feed/revoke";
    }

    public static String rotaOperators() {
        return "/rota/operators";
    }

    public static String rotaOperator(Long operatorId) {
        return "/rota/operators/" + operatorId;
    }

    public static String rotaOperatorFeedRevoke(Long operatorId) {
        return "/rota/operators/" + operatorId + "/feed/revoke";
    }

    public static String rotaOperatorActive(Long operatorId) {
        return "/rota/operators/" + operatorId + "/active";
    }
}
