package org.cctvportal.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each route's first path parameter names, found from the path before it: the table the id belongs to, who owns
 * its rows, and which other partners may legitimately reach a row (the named cross-partner path that allows it). A
 * route whose path names no kind here fails {@link IsolationByIdTest}, so a new resource states its owner before it
 * ships.
 */
final class IdKinds {

    /**
     * One kind of record reached by id.
     *
     * @param table the table its ids come from
     * @param owner the column naming its owner: a partner, or ({@code partnership_id}) the whole partnership
     * @param sharedWith SQL over {@code t} true where the row is legitimately another partner's to reach
     *        ({@code :caller}, {@code :partnership}, {@code :pcc} are filled in), with the path that allows it
     * @param tables the tables a request on this kind could change, checksummed before and after
     */
    record Kind(String name, String table, String owner, String sharedWith, String allowedBy, List<String> tables) {

        boolean partnershipLevel() {
            return owner.equals("partnership_id");
        }
    }

    /** Path prefixes (after {@code /api/v1}) whose parameter is not a record a partner owns, with why. */
    static final Map<String, String> NOT_OWNED = Map.of(
            "/assurance/code-of-practice", "a principle number (1 to 12) of the caller's own self-assessment",
            "/estate/import/template", "an import subject (cameras, sites): a blank template",
            "/rota/feed", "a calendar feed's secret token: an unknown token is not found (AccessMatrixTest)",
            "/rota/wall", "a wall screen opened by its secret cookie: without it every id is not found",
            "/disclosure", "a disclosure package link's secret: an unknown or expired one is not found"
                    + " (DisclosurePackageShareTest)",
            "/platform/partnerships", "the service operator's console reaches every partnership by design, and no"
                    + " partner role reaches it (AccessMatrixTest)");

    private static final String NOTHING = "false";
    private static final String PARTNERSHIP = "true";
    private static final String AUDIT = "audit_event";

    static final Map<String, Kind> BY_PREFIX = new LinkedHashMap<>();

    static {
        owned("/sites", kind("site", "site", NOTHING, null, "site", AUDIT));
        owned("/recorders", kind("recorder", "recorder", NOTHING, null, "recorder", AUDIT));
        owned("/cameras", kind("camera", "camera", NOTHING, null, "camera", "camera_status_change", AUDIT));
        owned("/estate/import", kind("import", "estate_import", NOTHING, null, "estate_import", "camera", "site",
                AUDIT));
        owned("/imports", BY_PREFIX.get("/estate/import"));
        owned("/jobs", kind("job", "portal_job", NOTHING, null, "portal_job", "estate_import", "camera", "site",
                AUDIT));
        owned("/hubs", new Kind("hub", "hub", "operator_partner_id", PARTNERSHIP,
                "a partnership's hubs are read by all its partners (monitoring's hub directory)",
                List.of("hub", "hub_staffing", "rota_shift", AUDIT)));
        owned("/rota/hubs", BY_PREFIX.get("/hubs"));
        Kind booking = kind("booking", "booking", "t.hub_id in (select h.id from hub h where h.operator_partner_id"
                + " = ':caller')", "CrossPartnerPath.HUB_BOOKINGS: a hub's bookings for its operator", "booking",
                "booking_occurrence", "booking_camera", "hub_load", AUDIT);
        owned("/bookings", booking);
        owned("/approvals", booking);
        owned("/evidence", kind("evidence", "evidence_item", "(t.captured_by_partner_id = ':caller' or exists"
                + " (select 1 from evidence_share s where s.item_id = t.id and s.recipient_partner_id = ':caller'"
                + " and s.revoked_at is null and s.expires_at > now()))", "CrossPartnerPath.EVIDENCE_CUSTODY: items"
                + " captured by the caller's partner, and live shares to a force", "evidence_item", "evidence_file",
                "evidence_share", "custody_event", "custody_head", "redaction_plan", AUDIT));
        owned("/evidence/packages", kind("disclosure package", "disclosure_package", NOTHING, null,
                "disclosure_package", "disclosure_package_file", "disclosure_package_request",
                "disclosure_package_request_file", "custody_event", AUDIT));
        owned("/findings", kind("finding", "compliance_finding", ":pcc", "CrossPartnerPath.PARTNERSHIP_DASHBOARD:"
                + " the findings behind the PCC office's figures", "compliance_finding", AUDIT));
        owned("/capital-plan/projects", kind("capital project", "capital_project", ":pcc",
                "CrossPartnerPath.CAPITAL_PLAN: the PCC office reads every partner's projects", "capital_project",
                "capital_project_item", AUDIT));
        owned("/partners", new Kind("partner", "partner", "id", PARTNERSHIP, "CrossPartnerPath.PARTNER_DIRECTORY:"
                + " the PCC office's partner directory", List.of("partner", "partner_phase_change", AUDIT)));
        Kind machineClient = kind("machine client", "machine_client", NOTHING, null, "machine_client", AUDIT);
        owned("/machine-clients", machineClient);
        owned("/people/machine-clients", machineClient);
        owned("/people", kind("person", "person", ":pcc", "PeopleAccess: a partnership admin manages the people of"
                + " every partner of the partnership", "person", AUDIT));
        owned("/specification", new Kind("specification", "specification_version", "partnership_id", PARTNERSHIP,
                "a partnership's specification is every partner's to read", List.of("specification_version",
                        "spec_flagged_maker", "spec_min_resolution", "spec_approved_product", AUDIT)));
        owned("/tariffs", new Kind("tariff", "monitoring_tariff", "partnership_id", PARTNERSHIP,
                "a partnership's tariffs are every partner's to read (its operator's managers withdraw them)",
                List.of("monitoring_tariff", AUDIT)));
        owned("/reference/operating-systems", new Kind("operating system", "operating_system", "partnership_id",
                PARTNERSHIP, "a partnership's reference data is every partner's to read",
                List.of("operating_system", AUDIT)));
        owned("/assurance/dpias", kind("dpia", "dpia", NOTHING, null, "dpia", "dpia_camera", AUDIT));
        owned("/assurance/disclosures/sars", kind("subject access request", "subject_access_request", NOTHING, null,
                "subject_access_request", AUDIT));
        owned("/assurance/notices", kind("switch-off notice", "switch_off_notice", ":pcc",
                "CrossPartnerPath.SWITCH_OFF_NOTICES: the PCC office sees every partner's notices",
                "switch_off_notice", "switch_off_acknowledgement", AUDIT));
        owned("/rota/operators", kind("operator profile", "operator_profile", NOTHING, null, "operator_profile",
                "operator_trained_hub", "operator_cleared_partner", AUDIT));
        owned("/rota/shifts", kind("shift", "rota_shift", NOTHING, null, "rota_shift", "rota_assignment",
                "rota_swap", AUDIT));
        owned("/rota/swaps", kind("swap", "rota_swap", NOTHING, null, "rota_swap", "rota_assignment", AUDIT));
        owned("/rota/wall-screens", kind("wall screen", "wall_screen", NOTHING, null, "wall_screen", AUDIT));
        owned("/notifications", kind("notification", "notification", NOTHING, null, "notification"));
        // Deliveries, attempts and a subscription's failing state move with the sender's schedule; a request can
        // change only what the subscription is (paused counts: only a person pauses one).
        owned("/webhooks", kind("webhook subscription", "webhook_subscription", NOTHING, null,
                "(select id, url, description, events, secret, status = 'PAUSED' as paused, secret_rotated_at,"
                        + " created_at from webhook_subscription)", AUDIT));
    }

    private IdKinds() {
    }

    private static Kind kind(String name, String table, String sharedWith, String allowedBy, String... tables) {
        return new Kind(name, table, "partner_id", sharedWith, allowedBy, List.of(tables));
    }

    private static void owned(String prefix, Kind kind) {
        BY_PREFIX.put(prefix, kind);
    }

    /** The path before a route's first parameter, without the API's prefix: "/api/v1/sites/{id}" gives "/sites". */
    static String prefix(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        String before = path.substring(0, path.indexOf('{'));
        return before.replaceFirst("^/api/v1", "").replaceAll("/$", "");
    }

    static Optional<Kind> of(String route) {
        return Optional.ofNullable(BY_PREFIX.get(prefix(route)));
    }

    /**
     * Pages of a shared kind that only its owner administers: the partnership's reading of a hub does not reach its
     * edit, close, staffing or service pages, so for anyone but the partnership admin (who agrees whom a hub serves)
     * another partner's hub is the same 404 there as a missing one.
     */
    static boolean administeredByOwner(String route, String role) {
        return route.matches("GET /hubs/\\{id}/(edit|close|staffing|partners.*)")
                && !(route.equals("GET /hubs/{id}/partners") && role.equals("partnership-admin"))
                // A hub's rota, board, swaps, wall screens and broken shifts are its operator's alone.
                || route.matches("GET (/api/v1)?/rota/hubs/\\{id}.*")
                // A tariff is withdrawn by the operator's managers alone: to other partners' the page does not exist.
                || route.equals("GET /tariffs/{id}/delete");
    }

    /** Pages whose answer follows the record's state, not who may read it: a rule is removed from a draft only. */
    static boolean stateDependent(String route) {
        return route.equals("GET /specification/{id}/rules/remove");
    }

    static boolean notOwned(String route) {
        return NOT_OWNED.containsKey(prefix(route));
    }
}
