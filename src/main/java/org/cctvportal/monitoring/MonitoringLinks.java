package org.cctvportal.monitoring;

import io.quarkus.qute.TemplateData;

/**
 * The monitoring pages' URLs: hubs, bookings, approvals and statements
 * ({@code {monitoring:booking(b.id)}} in a template).
 */
@TemplateData(namespace = "monitoring")
public final class MonitoringLinks {

    private MonitoringLinks() {
    }

    public static String hubs() {
        return "/hubs";
    }

    public static String hub(Long id) {
        return "/hubs/" + id;
    }

    public static String hubMoves() {
        return "/hubs/moves";
    }

    /** Where a move's result is shown after the move (a reload shows it again without moving anything). */
    public static String hubMoveDone() {
        return "/hubs/moves/done";
    }

    public static String newHub() {
        return "/hubs/new";
    }

    public static String editHub(Long id) {
        return "/hubs/" + id + "/edit";
    }

    public static String closeHub(Long id) {
        return "/hubs/" + id + "/close";
    }

    public static String hubStaffing(Long id) {
        return "/hubs/" + id + "/staffing";
    }

    public static String hubPartners(Long id) {
        return "/hubs/" + id + "/partners";
    }

    public static String agreeHubPartner(Long id, String partner) {
        return "/hubs/" + id + "/partners/" + partner + "/agree";
    }

    public static String endHubPartner(Long id, String partner) {
        return "/hubs/" + id + "/partners/" + partner + "/end";
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

    /** The partner's bookings with one filter (status: REQUESTED, APPROVED...). */
    public static String bookingsWith(String key, String value) {
        return "/bookings?" + key + "=" + value;
    }

    public static String bookingPreview() {
        return "/bookings/preview";
    }

    public static String cameraGroups() {
        return "/bookings/groups";
    }

    public static String pickerMarkers() {
        return "/bookings/new/markers";
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

    /** The month's statements as a PDF; with a partner, that partner's statement alone. */
    public static String statementsPdf(Object month, Object partner) {
        return "/statements/pdf?month=" + month + (partner == null || partner.toString().isEmpty() ? ""
                : "&partner=" + java.net.URLEncoder.encode(partner.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String tariffs() {
        return "/tariffs";
    }

    public static String newTariff() {
        return "/tariffs/new";
    }

    /** Where the operator's manager withdraws a tariff that has not started yet. */
    public static String deleteTariff(Long id) {
        return "/tariffs/" + id + "/delete";
    }
}
