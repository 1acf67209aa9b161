package org.cctvportal.rota;

import io.quarkus.qute.TemplateData;

/** The rota's URLs ({@code {rota:rotaHub(h.id)}} in a template). */
@TemplateData(namespace = "rota")
public final class RotaLinks {

    private RotaLinks() {
    }

    public static String rota() {
        return "/rota";
    }

    public static String rotaWeek(Long hubId, Object monday) {
        return "/rota/hubs/" + hubId + "?week=" + monday;
    }

    public static String rotaPrint(Long hubId, Object monday) {
        return "/rota/hubs/" + hubId + "/print?week=" + monday;
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

    /** The page that asks before a live feed gets a new address. */
    public static String rotaFeedReissue() {
        return "/rota/mine/feed/reissue";
    }

    public static String rotaFeedRevoke() {
        return "/rota/mine/feed/revoke";
    }

    public static String rotaOperators() {
        return "/rota/operators";
    }

    public static String rotaOperatorNew() {
        return "/rota/operators/new";
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

    public static String wallScreens(Long hubId) {
        return "/rota/hubs/" + hubId + "/wall-screens";
    }

    public static String wallScreenRevoke(Long screenId) {
        return "/rota/wall-screens/" + screenId + "/revoke";
    }

    /** The board as a wall screen shows it, opened by the screen's cookie rather than a sign-in. */
    public static String wall(Long hubId) {
        return "/rota/wall/" + hubId;
    }
}
