package org.cctvportal.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cctvportal.support.DemoUsers;
import org.cctvportal.support.FormSession;
import org.cctvportal.support.Routes;
import org.junit.jupiter.api.Test;

/**
 * The role x route matrix: for every route the portal registers, which roles may use it. A route missing from the
 * matrix fails the build, so every new route states its access here, and the test checks it with real tokens.
 * Requests that would change something are sent with invalid input, so an allowed role gets a validation error (400)
 * and nothing changes.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Every signed-in role of a partner: not the platform admin, whom every partner route refuses. */
    static final Set<String> ANY = Set.of("*");
    /** The shell every signed-in person has, the platform admin included. */
    static final Set<String> EVERYONE = Set.of("**");
    static final String PLATFORM_ADMIN = "platform-admin";
    static final Set<String> PLATFORM = Set.of(PLATFORM_ADMIN);
    static final Set<String> PCC = Set.of("partnership-admin", "pcc-analyst");
    static final Set<String> MANAGER = Set.of("partner-manager");
    /** Who reaches evidence at all; which items, and what they may do with each, the vault decides per item. */
    static final Set<String> EVIDENCE = Set.of("partner-manager", "evidence-officer", "operator");
    /** Custody logs: the evidence roles and the owning partner's auditors. */
    static final Set<String> CUSTODY = Set.of("partner-manager", "evidence-officer", "operator", "auditor");
    static final Set<String> PUBLIC_ROUTES = Set.of("GET /signed-out", "GET /sign-in-unavailable", "GET /rota/feed/{token}.ics",
            "GET /rota/wall/{id}", "GET /disclosure/{token}");
    /**
     * Public routes opened by a secret (in the address, or a wall screen's cookie): without a live secret they are
     * not found.
     */
    static final Set<String> SECRET_ROUTES = Set.of("GET /rota/feed/{token}.ics", "GET /rota/wall/{id}",
            "GET /disclosure/{token}");

    /** Route -> the roles allowed ("*": every signed-in role). */
    static final Map<String, Set<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /", EVERYONE);
        MATRIX.put("GET /login", EVERYONE);
        MATRIX.put("GET /signed-out", EVERYONE);
        MATRIX.put("GET /sign-in-unavailable", EVERYONE);
        MATRIX.put("GET /partners", PCC);
        MATRIX.put("GET /partners/new", Set.of("partnership-admin"));
        MATRIX.put("POST /partners", Set.of("partnership-admin"));
        MATRIX.put("GET /partners/{id}", PCC);
        MATRIX.put("GET /partners/{id}/manage", Set.of("partnership-admin"));
        MATRIX.put("POST /partners/{id}/manage", Set.of("partnership-admin"));
        MATRIX.put("POST /partners/{id}/phase", Set.of("partnership-admin"));
        MATRIX.put("GET /profile", ANY);
        MATRIX.put("GET /profile/edit", Set.of("partner-manager", "partnership-admin"));
        MATRIX.put("POST /profile", Set.of("partner-manager", "partnership-admin"));
        Set<String> people = Set.of("partner-manager", "partnership-admin");
        for (String route : new String[] { "GET /people", "GET /people/invite", "POST /people/invite",
                "GET /people/{id}/roles", "POST /people/{id}/roles", "POST /people/{id}/deactivate",
                "POST /people/{id}/reactivate", "POST /people/{id}/resend", "GET /api/v1/people",
                "POST /api/v1/people", "GET /api/v1/people/{id}", "PUT /api/v1/people/{id}/roles",
                "POST /api/v1/people/{id}/deactivate", "POST /api/v1/people/{id}/reactivate",
                "POST /api/v1/people/{id}/invitation" }) {
            MATRIX.put(route, people);
        }
        // Machine clients: a partner manager's for their own partner; the footage setting is the partnership admin's.
        for (String route : new String[] { "GET /people/machine-clients", "GET /people/machine-clients/new",
                "POST /people/machine-clients", "POST /people/machine-clients/{id}/secret",
                "POST /people/machine-clients/{id}/revoke", "GET /api/v1/machine-clients",
                "POST /api/v1/machine-clients", "GET /api/v1/machine-clients/{id}",
                "POST /api/v1/machine-clients/{id}/secret", "POST /api/v1/machine-clients/{id}/revoke" }) {
            MATRIX.put(route, Set.of("partner-manager"));
        }
        MATRIX.put("GET /people/machine-clients/footage", Set.of("partnership-admin"));
        MATRIX.put("POST /people/machine-clients/footage", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/machine-clients/footage", people);
        MATRIX.put("PUT /api/v1/machine-clients/footage", Set.of("partnership-admin"));
        Set<String> auditReaders = Set.of("auditor", "partnership-admin");
        MATRIX.put("GET /audit", auditReaders);
        MATRIX.put("GET /audit/export", auditReaders);
        MATRIX.put("GET /cameras", ANY);
        MATRIX.put("GET /cameras/new", MANAGER);
        MATRIX.put("POST /cameras", MANAGER);
        MATRIX.put("GET /cameras/{id}", ANY);
        MATRIX.put("GET /cameras/{id}/edit", MANAGER);
        MATRIX.put("POST /cameras/{id}", MANAGER);
        for (String kind : new String[] { "/sites", "/recorders" }) {
            MATRIX.put("GET " + kind, ANY);
            MATRIX.put("GET " + kind + "/new", MANAGER);
            MATRIX.put("POST " + kind, MANAGER);
            MATRIX.put("GET " + kind + "/{id}", ANY);
            MATRIX.put("GET " + kind + "/{id}/edit", MANAGER);
            MATRIX.put("POST " + kind + "/{id}", MANAGER);
        }
        MATRIX.put("GET /estate/switch-offs", PCC);
        for (String kind : new String[] { "/api/v1/sites", "/api/v1/cameras", "/api/v1/recorders" }) {
            MATRIX.put("GET " + kind, ANY);
            MATRIX.put("POST " + kind, MANAGER);
            MATRIX.put("GET " + kind + "/{id}", ANY);
            MATRIX.put("PUT " + kind + "/{id}", MANAGER);
        }
        MATRIX.put("GET /api/v1/cameras/{id}/history", ANY);
        MATRIX.put("GET /api/v1/sites/{id}/history", ANY);
        MATRIX.put("GET /api/v1/recorders/{id}/history", ANY);
        MATRIX.put("GET /estate/import", MANAGER);
        MATRIX.put("POST /estate/import", MANAGER);
        MATRIX.put("GET /estate/import/{id}", MANAGER);
        MATRIX.put("POST /estate/import/{id}/commit", MANAGER);
        MATRIX.put("POST /api/v1/imports", MANAGER);
        MATRIX.put("GET /api/v1/imports/{id}", MANAGER);
        MATRIX.put("POST /api/v1/imports/{id}/commit", MANAGER);
        // Any partner role may start long work; a job is then seen by its starter and its partner's managers only.
        MATRIX.put("GET /jobs/{id}", ANY);
        MATRIX.put("GET /api/v1/jobs/{id}", ANY);
        MATRIX.put("GET /estate/import/template/{subject}", ANY);
        MATRIX.put("GET /estate/export", ANY);
        MATRIX.put("GET /cameras/map", ANY);
        MATRIX.put("GET /cameras/map/view", ANY);
        MATRIX.put("GET /reference/manufacturers", ANY);
        MATRIX.put("POST /reference/manufacturers", Set.of("partnership-admin"));
        MATRIX.put("POST /reference/manufacturers/aliases", Set.of("partnership-admin"));
        MATRIX.put("GET /reference/operating-systems", ANY);
        MATRIX.put("POST /reference/operating-systems", Set.of("partnership-admin"));
        MATRIX.put("GET /reference/operating-systems/{id}/edit", Set.of("partnership-admin"));
        MATRIX.put("POST /reference/operating-systems/{id}", Set.of("partnership-admin"));
        MATRIX.put("GET /specification", ANY);
        MATRIX.put("POST /specification", Set.of("partnership-admin"));
        MATRIX.put("GET /specification/diff", ANY);
        MATRIX.put("GET /specification/{id}", ANY);
        MATRIX.put("POST /specification/{id}/rules", Set.of("partnership-admin"));
        MATRIX.put("GET /specification/{id}/rules/remove", Set.of("partnership-admin"));
        MATRIX.put("POST /specification/{id}/rules/remove", Set.of("partnership-admin"));
        MATRIX.put("GET /specification/{id}/ratify", Set.of("partnership-admin"));
        MATRIX.put("POST /specification/{id}/ratify", Set.of("partnership-admin"));
        MATRIX.put("GET /specification/{id}/discard", Set.of("partnership-admin"));
        MATRIX.put("POST /specification/{id}/discard", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/specification", ANY);
        MATRIX.put("GET /api/v1/specification/current", ANY);
        MATRIX.put("GET /api/v1/specification/{id}", ANY);
        MATRIX.put("GET /api/v1/specification/diff", ANY);
        MATRIX.put("POST /api/v1/specification", Set.of("partnership-admin"));
        MATRIX.put("PUT /api/v1/specification/{id}/max-asset-age", Set.of("partnership-admin"));
        MATRIX.put("PUT /api/v1/specification/{id}/minimum-resolutions/{cameraType}", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/specification/{id}/flagged-manufacturers", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/specification/{id}/approved-products", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/specification/{id}/standards", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/specification/{id}/operating-systems", Set.of("partnership-admin"));
        MATRIX.put("DELETE /api/v1/specification/{id}/{section}/{ruleId}", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/specification/{id}/ratification", Set.of("partnership-admin"));
        MATRIX.put("GET /compliance", ANY);
        MATRIX.put("GET /dashboard", ANY);
        MATRIX.put("GET /dashboard/partnership", PCC);
        MATRIX.put("GET /dashboard/partnership/cameras", PCC);
        MATRIX.put("GET /dashboard/partner", Set.of("partner-manager", "partner-viewer"));
        MATRIX.put("GET /dashboard/hub", Set.of("hub-supervisor", "operator"));
        MATRIX.put("POST /dashboard/partnership/refresh", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/dashboards/partnership", PCC);
        MATRIX.put("POST /api/v1/dashboards/partnership/refresh", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/dashboards/partner", Set.of("partner-manager", "partner-viewer"));
        MATRIX.put("GET /api/v1/dashboards/hub", Set.of("hub-supervisor", "operator"));
        MATRIX.put("GET /findings", ANY);
        MATRIX.put("GET /findings/{id}", ANY);
        MATRIX.put("POST /findings/{id}/accept", MANAGER);
        MATRIX.put("GET /capital-plan", ANY);
        MATRIX.put("GET /capital-plan/export", ANY);
        MATRIX.put("GET /api/v1/findings", ANY);
        MATRIX.put("GET /api/v1/findings/{id}", ANY);
        MATRIX.put("POST /api/v1/findings/{id}/acceptance", MANAGER);
        MATRIX.put("GET /api/v1/capital-plan", ANY);
        MATRIX.put("GET /capital-plan/projects", ANY);
        MATRIX.put("GET /capital-plan/projects/new", MANAGER);
        MATRIX.put("POST /capital-plan/projects", MANAGER);
        MATRIX.put("GET /capital-plan/projects/{id}", ANY);
        MATRIX.put("POST /capital-plan/projects/{id}/items", MANAGER);
        MATRIX.put("POST /capital-plan/projects/{id}/items/{itemId}/remove", MANAGER);
        MATRIX.put("GET /api/v1/capital-plan/projects", ANY);
        MATRIX.put("POST /api/v1/capital-plan/projects", MANAGER);
        MATRIX.put("GET /api/v1/capital-plan/projects/{id}", ANY);
        MATRIX.put("POST /api/v1/capital-plan/projects/{id}/items", MANAGER);
        MATRIX.put("DELETE /api/v1/capital-plan/projects/{id}/items/{itemId}", MANAGER);
        MATRIX.put("GET /evidence", Set.of("partner-manager", "evidence-officer", "operator", "auditor",
                "partnership-admin", "pcc-analyst"));
        MATRIX.put("GET /evidence/new", EVIDENCE);
        MATRIX.put("POST /evidence", EVIDENCE);
        for (String route : new String[] { "GET /evidence/packages", "GET /evidence/packages/new",
                "POST /evidence/packages", "GET /evidence/packages/{id}", "GET /evidence/packages/{id}/download",
                "POST /evidence/packages/{id}/share", "POST /api/v1/evidence/packages" }) {
            MATRIX.put(route, Set.of("partner-manager", "evidence-officer"));
        }
        MATRIX.put("GET /disclosure/{token}", ANY);
        for (String route : new String[] { "GET /evidence/{id}", "GET /evidence/{id}/upload",
                "POST /evidence/{id}/files", "POST /evidence/{id}/files/{fileId}/copy",
                "POST /evidence/{id}/files/{fileId}/download", "POST /evidence/{id}/shares",
                "POST /evidence/{id}/shares/{shareId}/revoke", "POST /evidence/{id}/shares/{shareId}/shorten",
                "POST /evidence/{id}/hold",
                "POST /evidence/{id}/retention", "POST /evidence/{id}/dispose", "GET /evidence/{id}/custody",
                "POST /evidence/{id}/verify", "POST /evidence/{id}/bundle", "POST /evidence/{id}/capture-access/end",
                "GET /api/v1/evidence",
                "POST /api/v1/evidence", "GET /api/v1/evidence/{id}", "GET /api/v1/evidence/{id}/files",
                "POST /api/v1/evidence/{id}/files", "POST /api/v1/evidence/{id}/files/{fileId}/copy",
                "POST /api/v1/evidence/{id}/files/{fileId}/download", "POST /api/v1/evidence/{id}/files/{fileId}/link",
                "POST /api/v1/evidence/{id}/shares", "POST /api/v1/evidence/{id}/shares/{shareId}/revoke",
                "POST /api/v1/evidence/{id}/hold", "POST /api/v1/evidence/{id}/retention",
                "POST /api/v1/evidence/{id}/dispose", "GET /api/v1/evidence/{id}/custody",
                "POST /api/v1/evidence/{id}/verify",
                "POST /api/v1/evidence/{id}/bundle", "POST /api/v1/evidence/{id}/capture-access/end" }) {
            MATRIX.put(route, EVIDENCE);
        }
        // Redaction: the owning partner's evidence officers only (the vault refuses its managers and other partners).
        for (String route : new String[] { "GET /evidence/{id}/files/{fileId}/redaction",
                "POST /evidence/{id}/files/{fileId}/redaction", "GET /evidence/{id}/files/{fileId}/redaction/frame",
                "GET /evidence/{id}/files/{fileId}/redaction/progress",
                "POST /evidence/{id}/files/{fileId}/redaction/detect", "POST /evidence/{id}/files/{fileId}/redaction/boxes",
                "POST /evidence/{id}/files/{fileId}/redaction/decision",
                "POST /evidence/{id}/files/{fileId}/redaction/audio",
                "POST /evidence/{id}/files/{fileId}/redaction/render",
                "POST /evidence/{id}/files/{fileId}/redaction/cancel" }) {
            MATRIX.put(route, Set.of("evidence-officer"));
        }
        for (String route : new String[] { "GET /evidence/{id}/custody", "POST /evidence/{id}/verify",
                "GET /api/v1/evidence", "GET /api/v1/evidence/{id}/custody", "POST /api/v1/evidence/{id}/verify" }) {
            MATRIX.put(route, CUSTODY);
        }
        MATRIX.put("GET /api/v1/me", EVERYONE);
        // Search: every partner role; which kinds and which records each finds, its features and the vault decide.
        MATRIX.put("GET /search", ANY);
        MATRIX.put("GET /api/v1/search", ANY);
        MATRIX.put("GET /api/v1/partners", PCC);
        MATRIX.put("POST /api/v1/partners", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/partners/{id}", PCC);
        MATRIX.put("PUT /api/v1/partners/{id}/governance", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/partners/{id}/phases", PCC);
        MATRIX.put("PUT /api/v1/partners/{id}/phase", Set.of("partnership-admin"));
        MATRIX.put("GET /api/v1/profile", ANY);
        MATRIX.put("PUT /api/v1/profile", Set.of("partner-manager", "partnership-admin"));
        MATRIX.put("GET /api/v1/audit-events", auditReaders);
        MATRIX.put("GET /api/v1/audit-events/export", auditReaders);
        Set<String> hubStaff = Set.of("hub-supervisor", "operator");
        Set<String> partnerBookings = Set.of("partner-manager", "partner-viewer");
        Set<String> bookingReaders = Set.of("partner-manager", "partner-viewer", "hub-supervisor", "operator");
        Set<String> statementReaders = Set.of("partner-manager", "partner-viewer", "hub-supervisor",
                "partnership-admin", "pcc-analyst");
        Set<String> supervisor = Set.of("hub-supervisor");
        MATRIX.put("GET /hubs", ANY);
        MATRIX.put("GET /hubs/{id}", ANY);
        MATRIX.put("GET /hubs/{id}/calendar", hubStaff);
        MATRIX.put("GET /hubs/{id}/day", hubStaff);
        MATRIX.put("GET /hubs/new", MANAGER);
        MATRIX.put("POST /hubs", MANAGER);
        MATRIX.put("GET /hubs/{id}/edit", MANAGER);
        MATRIX.put("POST /hubs/{id}/edit", MANAGER);
        MATRIX.put("GET /hubs/{id}/close", MANAGER);
        MATRIX.put("POST /hubs/{id}/close", MANAGER);
        MATRIX.put("GET /hubs/{id}/staffing", Set.of("partner-manager", "hub-supervisor"));
        MATRIX.put("POST /hubs/{id}/staffing", Set.of("partner-manager", "hub-supervisor"));
        MATRIX.put("GET /hubs/{id}/partners", Set.of("partner-manager", "partnership-admin"));
        MATRIX.put("POST /hubs/{id}/partners", MANAGER);
        MATRIX.put("POST /hubs/{id}/partners/{partner}/agree", Set.of("partnership-admin"));
        MATRIX.put("GET /hubs/{id}/partners/{partner}/end", MANAGER);
        MATRIX.put("POST /hubs/{id}/partners/{partner}/end", MANAGER);
        MATRIX.put("GET /hubs/moves", MANAGER);
        MATRIX.put("POST /hubs/moves", MANAGER);
        MATRIX.put("GET /hubs/moves/done", MANAGER);
        MATRIX.put("GET /bookings", partnerBookings);
        MATRIX.put("GET /bookings/new", MANAGER);
        MATRIX.put("GET /bookings/new/markers", MANAGER);
        MATRIX.put("POST /bookings", MANAGER);
        MATRIX.put("POST /bookings/preview", MANAGER);
        MATRIX.put("POST /bookings/groups", MANAGER);
        MATRIX.put("GET /bookings/calendar", partnerBookings);
        MATRIX.put("GET /bookings/{id}", bookingReaders);
        MATRIX.put("GET /bookings/{id}/cancel", MANAGER);
        MATRIX.put("POST /bookings/{id}/cancel", MANAGER);
        MATRIX.put("GET /approvals", supervisor);
        MATRIX.put("POST /approvals/{id}/approve", supervisor);
        MATRIX.put("POST /approvals/{id}/decline", supervisor);
        MATRIX.put("GET /statements", statementReaders);
        MATRIX.put("GET /statements/export", statementReaders);
        MATRIX.put("GET /statements/pdf", statementReaders);
        // Everyone in the partnership reads the tariffs; the operator's managers set them (others: not found).
        MATRIX.put("GET /tariffs", ANY);
        MATRIX.put("GET /tariffs/new", MANAGER);
        MATRIX.put("POST /tariffs", MANAGER);
        MATRIX.put("GET /tariffs/{id}/delete", MANAGER);
        MATRIX.put("POST /tariffs/{id}/delete", MANAGER);
        MATRIX.put("GET /rota", supervisor);
        MATRIX.put("GET /rota/hubs/{id}", supervisor);
        MATRIX.put("GET /rota/hubs/{id}/print", supervisor);
        MATRIX.put("POST /rota/hubs/{id}/template", supervisor);
        MATRIX.put("POST /rota/hubs/{id}/auto-fill", supervisor);
        MATRIX.put("POST /rota/shifts/{id}/assign", supervisor);
        MATRIX.put("POST /rota/shifts/{id}/unassign", supervisor);
        MATRIX.put("GET /rota/hubs/{id}/board", hubStaff);
        MATRIX.put("GET /rota/mine", hubStaff);
        MATRIX.put("POST /rota/shifts/{id}/offer", hubStaff);
        MATRIX.put("POST /rota/shifts/{id}/ask", hubStaff);
        MATRIX.put("POST /rota/swaps/{id}/take", hubStaff);
        MATRIX.put("POST /rota/swaps/{id}/withdraw", hubStaff);
        MATRIX.put("POST /rota/mine/feed", hubStaff);
        MATRIX.put("POST /rota/mine/feed/revoke", hubStaff);
        MATRIX.put("GET /rota/mine/feed/reissue", hubStaff);
        MATRIX.put("GET /rota/feed/{token}.ics", ANY);
        MATRIX.put("GET /rota/wall/{id}", ANY);
        MATRIX.put("GET /rota/hubs/{id}/wall-screens", supervisor);
        MATRIX.put("POST /rota/hubs/{id}/wall-screens", supervisor);
        MATRIX.put("POST /rota/wall-screens/{id}/revoke", supervisor);
        MATRIX.put("GET /rota/hubs/{id}/swaps", supervisor);
        MATRIX.put("POST /rota/swaps/{id}/approve", supervisor);
        MATRIX.put("POST /rota/swaps/{id}/decline", supervisor);
        for (String route : new String[] { "GET /api/v1/rota/hubs/{id}/shifts", "GET /api/v1/rota/shifts/{id}",
                "PUT /api/v1/rota/shifts/{id}", "DELETE /api/v1/rota/shifts/{id}",
                "POST /api/v1/rota/hubs/{id}/shifts", "POST /api/v1/rota/hubs/{id}/template",
                "POST /api/v1/rota/hubs/{id}/auto-fill", "POST /api/v1/rota/shifts/{id}/assign",
                "POST /api/v1/rota/shifts/{id}/unassign", "GET /api/v1/rota/hubs/{id}/swaps",
                "POST /api/v1/rota/swaps/{id}/approve", "POST /api/v1/rota/swaps/{id}/decline" }) {
            MATRIX.put(route, supervisor);
        }
        for (String route : new String[] { "GET /api/v1/rota/mine/swaps", "GET /api/v1/rota/mine/offers",
                "POST /api/v1/rota/shifts/{id}/offer", "POST /api/v1/rota/shifts/{id}/ask",
                "POST /api/v1/rota/swaps/{id}/take", "POST /api/v1/rota/swaps/{id}/withdraw" }) {
            MATRIX.put(route, hubStaff);
        }
        // The operator's managers and its hub supervisors keep the profiles (a partner running no hub has none: 404).
        Set<String> profiles = Set.of("hub-supervisor", "partner-manager");
        for (String route : new String[] { "GET /rota/operators", "GET /rota/operators/new", "POST /rota/operators",
                "GET /rota/operators/{id}", "POST /rota/operators/{id}", "POST /rota/operators/{id}/feed/revoke",
                "POST /rota/operators/{id}/active", "GET /api/v1/rota/operators", "POST /api/v1/rota/operators",
                "PUT /api/v1/rota/operators/{id}", "POST /api/v1/rota/operators/{id}/end",
                "GET /api/v1/rota/hubs/{id}/broken-shifts" }) {
            MATRIX.put(route, profiles);
        }
        MATRIX.put("GET /api/v1/hubs", ANY);
        MATRIX.put("GET /api/v1/hubs/{id}", ANY);
        MATRIX.put("POST /api/v1/hubs", MANAGER);
        MATRIX.put("PUT /api/v1/hubs/{id}", MANAGER);
        MATRIX.put("POST /api/v1/hubs/{id}/staffing", Set.of("partner-manager", "hub-supervisor"));
        MATRIX.put("POST /api/v1/hubs/{id}/closure", MANAGER);
        MATRIX.put("POST /api/v1/hubs/{id}/proposals", MANAGER);
        MATRIX.put("POST /api/v1/hubs/{id}/proposals/{partner}/agreement", Set.of("partnership-admin"));
        MATRIX.put("POST /api/v1/hubs/{id}/partners/{partner}/end", MANAGER);
        MATRIX.put("POST /api/v1/hubs/moves", MANAGER);
        MATRIX.put("GET /api/v1/bookings", bookingReaders);
        MATRIX.put("POST /api/v1/bookings", MANAGER);
        MATRIX.put("GET /api/v1/bookings/{id}", bookingReaders);
        MATRIX.put("POST /api/v1/bookings/{id}/approve", supervisor);
        MATRIX.put("POST /api/v1/bookings/{id}/decline", supervisor);
        MATRIX.put("POST /api/v1/bookings/{id}/cancel", MANAGER);
        MATRIX.put("GET /api/v1/statements", statementReaders);
        MATRIX.put("GET /api/v1/statements.pdf", statementReaders);
        MATRIX.put("GET /api/v1/tariffs", ANY);
        MATRIX.put("POST /api/v1/tariffs", MANAGER);
        MATRIX.put("DELETE /api/v1/tariffs/{id}", MANAGER);
        Set<String> assuranceReaders = Set.of("partnership-admin", "pcc-analyst", "partner-manager", "partner-viewer",
                "auditor", "evidence-officer");
        Set<String> ownRegisters = Set.of("partner-manager", "partner-viewer", "auditor");
        Set<String> disclosureReaders = Set.of("partner-manager", "evidence-officer", "auditor");
        Set<String> disclosureEditors = Set.of("partner-manager", "evidence-officer");
        Set<String> watchers = Set.of("auditor", "partnership-admin");
        MATRIX.put("GET /assurance", assuranceReaders);
        MATRIX.put("GET /assurance/notices", PCC);
        MATRIX.put("GET /assurance/notices/{id}", PCC);
        MATRIX.put("GET /assurance/notices/{id}/acknowledge", Set.of("partnership-admin"));
        MATRIX.put("POST /assurance/notices/{id}/acknowledge", Set.of("partnership-admin"));
        MATRIX.put("GET /assurance/code-of-practice", ownRegisters);
        MATRIX.put("GET /assurance/code-of-practice/{principle}", MANAGER);
        MATRIX.put("POST /assurance/code-of-practice/{principle}", MANAGER);
        MATRIX.put("GET /assurance/code-of-practice/export", ownRegisters);
        MATRIX.put("GET /assurance/code-of-practice/partnership", PCC);
        MATRIX.put("GET /assurance/code-of-practice/partnership/export", PCC);
        MATRIX.put("GET /assurance/dpias", ownRegisters);
        MATRIX.put("GET /assurance/dpias/new", MANAGER);
        MATRIX.put("POST /assurance/dpias", MANAGER);
        MATRIX.put("GET /assurance/dpias/{id}/edit", MANAGER);
        MATRIX.put("POST /assurance/dpias/{id}", MANAGER);
        MATRIX.put("GET /assurance/disclosures", disclosureReaders);
        MATRIX.put("POST /assurance/disclosures/sars", disclosureEditors);
        MATRIX.put("GET /assurance/disclosures/sars/{id}", disclosureReaders);
        MATRIX.put("POST /assurance/disclosures/sars/{id}/extend", disclosureEditors);
        MATRIX.put("POST /assurance/disclosures/sars/{id}/close", disclosureEditors);
        MATRIX.put("GET /assurance/who-watched", watchers);
        MATRIX.put("GET /assurance/who-watched/export", watchers);
        MATRIX.put("GET /api/v1/assurance/code-of-practice", ownRegisters);
        MATRIX.put("PUT /api/v1/assurance/code-of-practice/{principle}", MANAGER);
        MATRIX.put("GET /api/v1/assurance/code-of-practice/partnership", PCC);
        MATRIX.put("GET /api/v1/assurance/dpias", ownRegisters);
        MATRIX.put("GET /api/v1/assurance/dpias/{id}", ownRegisters);
        MATRIX.put("POST /api/v1/assurance/dpias", MANAGER);
        MATRIX.put("PUT /api/v1/assurance/dpias/{id}", MANAGER);
        MATRIX.put("GET /api/v1/assurance/disclosures", disclosureReaders);
        MATRIX.put("GET /api/v1/assurance/disclosures/sars", disclosureReaders);
        MATRIX.put("POST /api/v1/assurance/disclosures/sars", disclosureEditors);
        MATRIX.put("GET /api/v1/assurance/disclosures/sars/{id}", disclosureReaders);
        MATRIX.put("POST /api/v1/assurance/disclosures/sars/{id}/extend", disclosureEditors);
        MATRIX.put("POST /api/v1/assurance/disclosures/sars/{id}/close", disclosureEditors);
        MATRIX.put("GET /api/v1/assurance/notices", PCC);
        MATRIX.put("GET /api/v1/assurance/notices/{id}", PCC);
        MATRIX.put("POST /api/v1/assurance/notices/{id}/acknowledge", Set.of("partnership-admin"));
        for (String route : new String[] { "GET /platform/partnerships", "GET /platform/partnerships/new",
                "POST /platform/partnerships", "GET /platform/partnerships/{id}",
                "POST /platform/partnerships/{id}/suspend", "POST /platform/partnerships/{id}/reopen",
                "POST /platform/partnerships/{id}/admins", "POST /platform/partnerships/{id}/admins/{person}/deactivate",
                "POST /platform/partnerships/{id}/admins/{person}/reactivate",
                "POST /platform/partnerships/{id}/admins/{person}/resend", "GET /api/v1/platform/partnerships",
                "POST /api/v1/platform/partnerships", "GET /api/v1/platform/partnerships/{id}",
                "POST /api/v1/platform/partnerships/{id}/suspension", "POST /api/v1/platform/partnerships/{id}/reopening",
                "POST /api/v1/platform/partnerships/{id}/admins",
                "POST /api/v1/platform/partnerships/{id}/admins/{person}/deactivate",
                "POST /api/v1/platform/partnerships/{id}/admins/{person}/reactivate",
                "POST /api/v1/platform/partnerships/{id}/admins/{person}/invitation" }) {
            MATRIX.put(route, PLATFORM);
        }
        for (String route : new String[] { "GET /notifications", "GET /notifications/badge",
                "POST /notifications/{id}/read", "POST /notifications/read", "GET /notifications/preferences",
                "POST /notifications/preferences" }) {
            MATRIX.put(route, ANY);
        }
        MATRIX.put("GET /notifications/dead-letters", Set.of("partnership-admin"));
        for (String route : new String[] { "GET /webhooks", "GET /webhooks/new", "POST /webhooks",
                "GET /webhooks/{id}", "POST /webhooks/{id}/secret", "POST /webhooks/{id}/pause",
                "POST /webhooks/{id}/resume", "POST /webhooks/{id}/delete", "GET /api/v1/webhooks",
                "POST /api/v1/webhooks", "GET /api/v1/webhooks/{id}", "GET /api/v1/webhooks/{id}/deliveries",
                "POST /api/v1/webhooks/{id}/secret", "POST /api/v1/webhooks/{id}/pause",
                "POST /api/v1/webhooks/{id}/resume", "DELETE /api/v1/webhooks/{id}" }) {
            MATRIX.put(route, MANAGER);
        }
    }

    /** Whether the matrix gives {@code role} the route allowed to {@code allowed}. */
    static boolean gives(Set<String> allowed, String role) {
        return allowed == EVERYONE || (allowed == ANY && !PLATFORM_ADMIN.equals(role)) || allowed.contains(role);
    }

    @Test
    void everyRouteIsInTheMatrix() {
        List<String> missing = Routes.all().stream().filter(route -> !MATRIX.containsKey(route)).toList();
        assertTrue(missing.isEmpty(), "routes without an entry in the access matrix: " + missing);
        List<String> stale = MATRIX.keySet().stream().filter(route -> !Routes.all().contains(route)).toList();
        assertTrue(stale.isEmpty(), "matrix entries for routes that no longer exist: " + stale);
    }

    /** docs/security.md shows this matrix; the table there must say exactly what the test checks. */
    @Test
    void theSecurityGuideShowsThisMatrix() throws java.io.IOException {
        List<String> roles = List.copyOf(DemoUsers.BY_ROLE.keySet());
        StringBuilder expected = new StringBuilder();
        MATRIX.forEach((route, allowed) -> {
            expected.append("| `").append(route).append('`').append(PUBLIC_ROUTES.contains(route) ? " (public)" : "");
            roles.forEach(role -> expected.append(" | ").append(gives(allowed, role) ? "✓" : "–"));
            expected.append(" |\n");
        });
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/security.md"));
        StringBuilder shown = new StringBuilder();
        doc.lines().filter(line -> line.startsWith("| `GET ") || line.startsWith("| `POST ")
                || line.startsWith("| `PUT ") || line.startsWith("| `DELETE ")).forEach(l -> shown.append(l).append('\n'));
        assertEquals(expected.toString(), shown.toString(),
                "docs/security.md's access matrix differs from the test's; the table should read:\n" + expected);
    }

    @Test
    void anonymousCallersAreRefusedEverywhereButThePublicList() {
        List<String> wrong = new ArrayList<>();
        for (String route : Routes.all()) {
            Response response = send(given().redirects().follow(false), route, "tv-opcc");
            int status = response.statusCode();
            boolean refused = route.contains(" /api/") ? status == 401
                    : status == 302 && response.header("Location").contains("/protocol/openid-connect/auth");
            int open = SECRET_ROUTES.contains(route) ? 404 : 200;
            if (PUBLIC_ROUTES.contains(route) ? status != open : !refused) {
                wrong.add(route + " -> " + status);
            }
        }
        assertTrue(wrong.isEmpty(), "anonymous access not as expected: " + wrong);
    }

    @Test
    void eachRoleGetsExactlyTheRoutesTheMatrixGivesIt() {
        List<String> wrong = new ArrayList<>();
        DemoUsers.BY_ROLE.forEach((role, user) -> {
            FormSession session = FormSession.of(user);
            for (String route : Routes.all()) {
                Set<String> allowed = MATRIX.get(route);
                boolean expectAllowed = gives(allowed, role);
                RequestSpecification request = route.startsWith("POST /") && !route.contains("/api/")
                        ? session.form() : given().auth().oauth2(DemoUsers.token(user)).redirects().follow(false);
                int status = send(request, route, DemoUsers.PARTNER.get(user)).statusCode();
                boolean granted = status != 403 && status != 401 && status < 500;
                if (granted != expectAllowed) {
                    wrong.add(role + " " + route + " -> " + status);
                }
            }
        });
        assertTrue(wrong.isEmpty(), "access differs from the matrix: " + wrong);
    }

    @Test
    void anotherPartnershipsPartnerIsNotFoundThroughPagesAndApi() {
        String avonAdmin = DemoUsers.token("as-opcc.admin");
        given().auth().oauth2(avonAdmin).get("/api/v1/partners/tv-oxford-city").then().statusCode(404);
        given().auth().oauth2(avonAdmin).get("/partners/tv-oxford-city").then().statusCode(404);
        String thamesAdmin = DemoUsers.token("opcc.admin");
        given().auth().oauth2(thamesAdmin).get("/api/v1/partners/as-bristol").then().statusCode(404);
        given().auth().oauth2(thamesAdmin).get("/api/v1/partners/tv-oxford-city").then().statusCode(200);
    }

    static Response send(RequestSpecification request, String route, String ownPartner) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", ownPartner);
        return switch (parts[0]) {
            case "GET" -> request.get(path);
            case "POST" -> path.startsWith("/api/") ? request.contentType("application/json").body("{}").post(path)
                    : request.formParam("name", "").post(path);
            case "PUT" -> request.contentType("application/json").body("{}").put(path);
            case "DELETE" -> request.delete(path);
            default -> fail("no request for " + route);
        };
    }

    @Test
    void invalidInputFromAnAllowedRoleChangesNothing() {
        String admin = DemoUsers.token("opcc.admin");
        int before = given().auth().oauth2(admin).get("/api/v1/partners").then().extract().path("size()");
        send(given().auth().oauth2(admin), "POST /api/v1/partners", "tv-opcc").then().statusCode(400);
        int after = given().auth().oauth2(admin).get("/api/v1/partners").then().extract().path("size()");
        assertEquals(before, after);
    }
}
