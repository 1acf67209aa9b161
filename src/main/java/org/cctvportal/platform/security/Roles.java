package org.cctvportal.platform.security;

import io.quarkus.qute.TemplateData;

/**
 * The realm roles the portal checks, one constant each, so that {@code @RolesAllowed}, {@code hasRole} and the
 * navigation's role sets name a role the same way everywhere. The names are the Keycloak realm's
 * ({@code infra/keycloak/cctv-portal-realm.json}) and the external contract: tokens carry them as they are written
 * here. What each role allows is in {@code docs/security.md}, "Roles". Templates name them the same way, as
 * {@code roles:PARTNER_MANAGER}.
 */
@TemplateData(namespace = "roles")
public final class Roles {

    /** Held by the partnership's own staff (the PCC office) who admit partners and ratify the specification. */
    public static final String PARTNERSHIP_ADMIN = "partnership-admin";

    /** Held by the PCC office's analysts, who read partnership-wide figures and never footage. */
    public static final String PCC_ANALYST = "pcc-analyst";

    /** Held by a council's (partner's) staff who keep its estate, profile, bookings and evidence. */
    public static final String PARTNER_MANAGER = "partner-manager";

    /** Held by a council's (partner's) staff who read their own partner's records. */
    public static final String PARTNER_VIEWER = "partner-viewer";

    /** Held by the supervisor of a monitoring hub, who approves bookings and builds rotas. */
    public static final String HUB_SUPERVISOR = "hub-supervisor";

    /** Held by a control-room operator at a hub, who watches cameras and captures evidence. */
    public static final String OPERATOR = "operator";

    /** Held by an evidence officer (a partner's or a police force's), who handles shares and custody of evidence. */
    public static final String EVIDENCE_OFFICER = "evidence-officer";

    /** Held by a partner's auditor, who reads its audit and custody logs. */
    public static final String AUDITOR = "auditor";

    /**
     * Held by the service operator's own staff, who belong to no partnership: they open partnerships, suspend and
     * reopen them, and manage each one's partnership admins, and reach nothing else (no partner page or API).
     */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
